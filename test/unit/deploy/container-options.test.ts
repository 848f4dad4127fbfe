/**
 * The container options (memory, cpus, log_max_size/log_max_files, args, stop_timeout, user,
 * read_only, tmpfs): refused in one line naming the input before any host is contacted, rendered
 * as docker create and docker service flags, and part of what makes a host "changed".
 */
import { parseInputs } from '../../../src/inputs';
import { UserError } from '../../../src/errors';
import { ContainerDeploySpec, SwarmDeploySpec, deploySpec } from '../../../src/deploy/spec/deploy-spec';
import { createFlags, createStep } from '../../../src/deploy/targets/container/container-steps';
import { createFlags as swarmCreateFlags, updateFlags as swarmUpdateFlags } from '../../../src/deploy/targets/swarm/swarm-spec';
import { swarmApplyStep } from '../../../src/deploy/targets/swarm/swarm-steps';
import { containerConfigText } from '../../../src/deploy/targets/container/container-run';
import { NO_OPTIONS, argsText } from '../../../src/deploy/targets/container/container-options';

const D = `sha256:${'ab'.repeat(32)}`;
const BASE: Record<string, string> = { command: 'deploy', hosts: 'local', deploy_image: `10.231.0.1:5000/team/hello@${D}` };
const spec = (over: Record<string, string> = {}) => deploySpec(parseInputs({ ...BASE, ...over })) as ContainerDeploySpec;
const swarm = (over: Record<string, string> = {}) => deploySpec(parseInputs({ ...BASE, deploy_target: 'swarm', ...over })) as SwarmDeploySpec;

function refusal(over: Record<string, string>, make: (o: Record<string, string>) => unknown = spec): string {
  try {
    make(over);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    const message = (err as Error).message;
    expect(message).not.toMatch(/[\r\n]/);
    return message;
  }
  throw new Error(`${JSON.stringify(over)} was accepted`);
}

const ALL = {
  memory: '512m', cpus: '0.5', log_max_size: '10m', log_max_files: '3', args: `serve --greeting "hello world" 'it''s'`,
  stop_timeout: '30', user: '1000:1000', read_only: 'true', tmpfs: '/tmp:size=64m,mode=1777\n/run',
};

describe('container options: bad input is refused by name, before any host', () => {
  test.each([
    [{ memory: '10' }, /^input 'memory': '10' is 10 bytes, below docker's minimum of 6m .*a number without a unit counts bytes.*expected a size of at least 6m/],
    [{ memory: '5m' }, /^input 'memory': .*below docker's minimum of 6m/],
    [{ memory: 'lots' }, /^input 'memory': /],
    [{ cpus: '0' }, /^input 'cpus': '0' would leave the container no CPU time/],
    [{ cpus: '0.001' }, /^input 'cpus': .*below 0\.01/],
    [{ cpus: '-1' }, /^input 'cpus': /],
    [{ log_max_size: '0' }, /^input 'log_max_size': /],
    [{ log_max_size: '10 MB' }, /^input 'log_max_size': /],
    [{ log_max_files: '3' }, /^input 'log_max_files': is 3 without log_max_size/],
    [{ log_max_size: '10m', log_max_files: '0' }, /^input 'log_max_files': /],
    [{ args: 'serve\n--port 80' }, /^input 'args': holds a line break/],
    [{ args: "sh -c 'unclosed" }, /^input 'args': has an unclosed ' quote/],
    [{ stop_timeout: '601' }, /^input 'stop_timeout': '601' is not a number of seconds from 0 to 600/],
    [{ stop_timeout: '10s' }, /^input 'stop_timeout': /],
    [{ user: 'root; id' }, /^input 'user': /],
    [{ user: '-x' }, /^input 'user': /],
    [{ read_only: 'yes' }, /^input 'read_only': /],
    [{ tmpfs: 'tmp' }, /^input 'tmpfs': 'tmp' is not a tmpfs mount/],
    [{ tmpfs: '/tmp:size=64m;id' }, /^input 'tmpfs': /],
    [{ tmpfs: '/a/../b' }, /^input 'tmpfs': /],
    [{ tmpfs: '/tmp\n/tmp/' }, /^input 'tmpfs': the path \/tmp is given twice/],
  ])('%j', (over, want) => {
    expect(refusal(over)).toMatch(want);
  });

  test('swarm: a tmpfs option Swarm cannot set is refused by name', () => {
    expect(refusal({ tmpfs: '/tmp:noexec' }, swarm)).toMatch(/^input 'tmpfs': '\/tmp:noexec' has the option 'noexec', which a swarm service's tmpfs mount cannot take/);
  });

  test('the binary target refuses them as meaning nothing there', () => {
    expect(refusal({ deploy_target: 'binary', deploy_image: '', binary_name: 'hello', memory: '512m' })).toMatch(/^input 'memory': means nothing for deploy_target binary/);
  });
});

describe('container options: parsed', () => {
  test('empty by default: no option, nothing added to docker create', () => {
    const s = spec();
    expect(s.container.options).toEqual(NO_OPTIONS);
    const o = { ref: 'r', digest: D, ports: [], env: [], volumes: [], network: '', restart: 'unless-stopped', deployedAt: '', deployedBy: 'me', options: s.container.options };
    expect(createFlags(o)).toEqual(['--restart=unless-stopped']);
  });

  test('sizes as docker reads them', () => {
    expect(spec({ memory: '512m' }).container.options.memoryBytes).toBe(512 * 1024 * 1024);
    expect(spec({ memory: '1g' }).container.options.memoryBytes).toBe(1024 ** 3);
    expect(spec({ memory: '1.5G' }).container.options.memoryBytes).toBe(1.5 * 1024 ** 3);
    expect(spec({ memory: '6m' }).container.options.memoryBytes).toBe(6 * 1024 * 1024);
    expect(spec({ memory: '6291456' }).container.options.memoryBytes).toBe(6291456);
  });

  test('every option to docker create flags, args after the image as single words split like pre_switch_cmd', () => {
    const s = spec(ALL);
    const o = { ref: 'r', digest: D, ports: [], env: [], volumes: [], network: '', restart: 'no', deployedAt: '', deployedBy: 'me', options: s.container.options };
    expect(createFlags(o)).toEqual([
      '--restart=no', `--memory=${512 * 1024 * 1024}`, '--cpus=0.5', '--log-driver=json-file', '--log-opt=max-size=10m', '--log-opt=max-file=3',
      '--stop-timeout=30', '--user=1000:1000', '--read-only', '--tmpfs=/tmp:size=64m,mode=1777', '--tmpfs=/run',
    ]);
    expect(s.container.options.args).toEqual(['serve', '--greeting', 'hello world', 'its']);
    expect(createStep('hello', o).script).toMatch(/\bARGS=\(serve --greeting 'hello world' its\)/);
  });

  test('swarm: create sets what is given; update sets every option (empty ones back to docker defaults)', () => {
    const s = swarm(ALL);
    const o = { swarm: s.swarm, container: s.container, serviceLabels: [], containerLabels: [] };
    const created = swarmCreateFlags(o);
    expect(created).toEqual(expect.arrayContaining([
      `--limit-memory=${512 * 1024 * 1024}`, '--limit-cpu=0.5', '--log-driver=json-file', '--log-opt=max-size=10m', '--log-opt=max-file=3',
      '--stop-grace-period=30s', '--user=1000:1000', '--read-only=true', '--mount=type=tmpfs,target=/tmp,tmpfs-size=64m,tmpfs-mode=1777', '--mount=type=tmpfs,target=/run',
    ]));
    expect(created.some((f) => f.startsWith('--args'))).toBe(false);
    expect(swarmUpdateFlags(o)).toEqual(expect.arrayContaining([
      '--mount-add=type=tmpfs,target=/tmp,tmpfs-size=64m,tmpfs-mode=1777', `--args='serve' '--greeting' 'hello world' 'its'`,
    ]));
    const apply = swarmApplyStep('hello', { action: 'create', ref: 'r', flags: created, env: [], args: s.container.options.args });
    expect(apply.script).toMatch(/\bARGS=\(serve --greeting 'hello world' its\)/);

    const plain = swarm();
    const p = { swarm: plain.swarm, container: plain.container, serviceLabels: [], containerLabels: [] };
    expect(swarmCreateFlags(p).some((f) => /limit|grace|user|read-only|log-|tmpfs/.test(f))).toBe(false);
    expect(swarmUpdateFlags(p)).toEqual(expect.arrayContaining(['--limit-memory=0', '--limit-cpu=0', '--stop-grace-period=10s', '--user=', '--read-only=false', '--args=']));
  });

  test('--args quotes each word so it splits back exactly, quotes and all', () => {
    expect(argsText(["it's", 'a b', '$(x)'])).toBe(`'it'\\''s' 'a b' '$(x)'`);
  });
});

describe('container options: a change is a change (the unchanged check hashes them)', () => {
  test('none set: the settings text is what it was before the options existed', () => {
    expect(JSON.parse(containerConfigText(spec()))).not.toHaveProperty('options');
  });

  test.each(Object.entries({ ...ALL, tmpfs: '/tmp' }).filter(([k]) => k !== 'log_max_files'))('%s changes the settings text', (name, value) => {
    const base = containerConfigText(spec());
    expect(containerConfigText(spec({ [name]: value }))).not.toBe(base);
  });

  test.each([
    ['memory', '512m', '1g'], ['cpus', '0.5', '1'], ['log_max_size', '10m', '20m'], ['args', 'serve', 'serve --debug'], ['stop_timeout', '30', '31'],
    ['user', '1000', '1001'], ['tmpfs', '/tmp', '/tmp:size=64m'],
  ])('%s: %s then %s differ', (name, a, b) => {
    expect(containerConfigText(spec({ [name]: a }))).not.toBe(containerConfigText(spec({ [name]: b })));
  });

  test('log_max_files changes it too', () => {
    expect(containerConfigText(spec({ log_max_size: '10m', log_max_files: '2' }))).not.toBe(containerConfigText(spec({ log_max_size: '10m', log_max_files: '3' })));
  });

  test('swarm: the hashed flags change with an option', () => {
    const text = (over: Record<string, string>) => {
      const s = swarm(over);
      return JSON.stringify(swarmCreateFlags({ swarm: s.swarm, container: s.container, serviceLabels: [], containerLabels: [] }));
    };
    expect(text({ memory: '512m' })).not.toBe(text({}));
    expect(text({ stop_timeout: '5' })).not.toBe(text({ stop_timeout: '6' }));
  });
});
