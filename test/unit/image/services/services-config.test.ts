import * as path from 'path';
import { parseInputs } from '../../../../src/inputs';
import { parseServicesConfig, serviceInputNames } from '../../../../src/image/services/services-config';
import { commonAncestor, localReplaceDirs } from '../../../../src/image/services/local-modules';

const base = parseInputs({ image: 'registry.example.com:5000/team', go_version: '', ldflags: '-s -w', build_network: 'host' });
const FILE = '/repo/gantry.yml';
const goMods: Record<string, string> = {
  '/repo/api': 'module example.com/api\n\ngo 1.22\n\nrequire example.com/shared v0.0.0\n\nreplace example.com/shared => ../lib\n',
  '/repo/edge': 'module example.com/edge\n\ngo 1.24\n',
};
const readGoMod = (dir: string) => goMods[dir] ?? null;
const parse = (text: string) => parseServicesConfig(text, FILE, base, readGoMod);

describe('gantry.yml', () => {
  const config = parse(`
parallel: 2
services:
  api:
    context: api
    main_package: ./cmd/api
    tags: ["{commit_time}", "{short_sha}"]
  edge:
    context: edge
    image: other.example.com/edge
    go_version: "1.24"
    cgo: true
`);

  test('each service: its settings over the run\'s inputs; paths from the config file\'s folder', () => {
    const [api, edge] = config.services;
    expect(config.parallel).toBe(2);
    expect(api.name).toBe('api');
    expect(api.inputs.context).toBe('/repo/api');
    expect(api.inputs.main_package).toBe('./cmd/api');
    expect(api.inputs.tags).toEqual(['{commit_time}', '{short_sha}']);
    expect(api.inputs.build_network).toBe('host');
    expect(edge.inputs.go_version).toBe('1.24');
    expect(edge.inputs.cgo).toBe(true);
    expect(api.inputs.cgo).toBe(false);
  });

  test('image: the service\'s own, else <image input>/<name>', () => {
    expect(config.services.map((s) => s.inputs.image)).toEqual(['registry.example.com:5000/team/api', 'other.example.com/edge']);
  });

  test('a local replace outside the context widens the context to the folder holding both', () => {
    const [api, edge] = config.services;
    expect(api.localModules).toEqual(['/repo/lib']);
    expect(api.contextRoot).toBe('/repo');
    expect(api.sourceDirs).toEqual(['/repo/api', '/repo/lib']);
    expect(edge.contextRoot).toBeUndefined();
  });

  test('scalars keep their spelling: an unquoted go_version 1.20 is Go 1.20, not 1.2', () => {
    const c = parseServicesConfig('services:\n  a:\n    go_version: 1.20\n    cgo: true\n  b:\n', FILE, base, readGoMod);
    expect(c.services[0].inputs.go_version).toBe('1.20');
    expect(c.services[0].inputs.cgo).toBe(true);
    expect(c.services[1].name).toBe('b');
  });

  test('the parallel input wins over the file', () => {
    expect(parseServicesConfig('parallel: 2\nservices:\n  a: {}\n', FILE, { ...base, parallel: 5 }, readGoMod).parallel).toBe(5);
  });

  test.each([
    ['not YAML', 'services: [', /gantry\.yml: is not valid YAML/],
    ['no services', 'parallel: 2\n', /gantry\.yml: services: must map service names/],
    ['unknown top-level entry', 'servics:\n  a: {}\n', /gantry\.yml: servics: is not a gantry.yml entry/],
    ['bad service name', 'services:\n  Bad Name: {}\n', /service 'Bad Name': is not a valid service name/],
    ['unknown setting', 'services:\n  a:\n    contxt: a\n', /service 'a': 'contxt' is not a service setting/],
    ['run-wide input in a service', 'services:\n  a:\n    cache_dir: x\n', /service 'a': 'cache_dir' is not a service setting/],
    ['invalid value, named by its input', 'services:\n  a:\n    go_version: banana\n', /service 'a': input 'go_version': 'banana' is not valid/],
    ['bad parallel', 'parallel: 0\nservices:\n  a: {}\n', /parallel: '0' is not a whole number of at least 1/],
  ])('refused: %s', (_name, text, message) => {
    expect(() => parse(text)).toThrow(message);
  });

  test('services may set build, push and secret inputs, not run-wide ones', () => {
    const names = serviceInputNames();
    expect(names).toEqual(expect.arrayContaining(['context', 'main_package', 'go_version', 'image', 'tags', 'platforms', 'dockerfile']));
    for (const n of ['config', 'parallel', 'only_changed', 'cache_dir', 'binaries_dir', 'registry_password', 'hosts']) expect(names).not.toContain(n);
  });
});

describe('local modules of a go.mod', () => {
  test.each([
    ['single line', 'replace example.com/lib => ../lib\n', ['../lib']],
    ['block form, versioned and local', 'replace (\n\texample.com/a => ./a // local\n\texample.com/b v1.0.0 => example.com/c v1.1.0\n\t"example.com/d" => "../d"\n)\n', ['./a', '../d']],
    ['module replacement only', 'replace example.com/a => example.com/b v1.2.3\n', []],
    ['commented out', '// replace example.com/a => ../a\n', []],
  ])('%s', (_name, text, dirs) => {
    expect(localReplaceDirs(`module x\n\ngo 1.22\n\n${text}`)).toEqual(dirs);
  });

  test('common ancestor', () => {
    expect(commonAncestor(['/repo/services/api', '/repo/lib', '/repo/services/worker'])).toBe(path.resolve('/repo'));
    expect(commonAncestor(['/repo/api'])).toBe('/repo/api');
  });
});
