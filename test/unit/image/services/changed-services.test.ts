import { changedServices, ServiceSources } from '../../../../src/image/services/changed-services';

const services: ServiceSources[] = [
  { name: 'api', dirs: ['services/api', 'lib'], files: [] },
  { name: 'worker', dirs: ['services/worker', 'lib'], files: ['docker/worker.Dockerfile'] },
  { name: 'edge', dirs: ['services/edge'], files: [] },
];

test.each<[string, string[], string[]]>([
  ['nothing changed', [], []],
  ['one service\'s file', ['services/edge/main.go'], ['edge']],
  ['the shared local module rebuilds every service that replaces to it', ['lib/greeting/greeting.go'], ['api', 'worker']],
  ['a sibling folder with a common prefix is not the service', ['services/api-docs/README.md'], []],
  ['a service\'s own Dockerfile', ['docker/worker.Dockerfile'], ['worker']],
  ['files outside every service', ['README.md', '.github/workflows/ci.yml'], []],
  ['the config file touches all', ['gantry.yml'], ['api', 'worker', 'edge']],
  ['several', ['services/edge/x.go', 'services/api/go.mod'], ['api', 'edge']],
])('%s', (_name, changed, expected) => {
  expect(changedServices(changed, services, 'gantry.yml')).toEqual(expected);
});

test('a service whose context is the repository root is touched by anything', () => {
  expect(changedServices(['README.md'], [{ name: 'root', dirs: [''], files: [] }], 'gantry.yml')).toEqual(['root']);
});
