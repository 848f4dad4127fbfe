/**
 * The container options on a real host: one deploy to h1 with every option set, read back with
 * docker inspect while the service answers; then the same inputs again (unchanged) and one option
 * changed (replaced, not left "unchanged"). Their parsing, flags and hashing are unit-tested
 * (test/unit/deploy/container-options.test.ts); this proves docker takes them as gantry passes them.
 */
import { parseInputs } from '../../src/inputs';
import { deploy } from '../../src/deploy/commands/deploy-command';
import { RolloutReport } from '../../src/deploy/rollout/report';
import { Bed, HelloImages, RawReporter, bedInputs, deployBed, docker, hello, helloImages, resetHost, SERVICE, PORT } from './support/deploy';

jest.setTimeout(240_000);

let bed: Bed;
let img: HelloImages;

const OPTIONS = {
  memory: '64m', cpus: '0.5', log_max_size: '1m', log_max_files: '2', args: `--greeting "hello world" 'it''s'`,
  stop_timeout: '3', user: '65534:65534', read_only: 'true', tmpfs: '/tmp:size=16m,mode=1777',
};

async function run(over: Record<string, string>): Promise<{ code: number; report: RolloutReport }> {
  const out = new RawReporter();
  const inputs = parseInputs(bedInputs(bed, { hosts: bed.host(1).addr, deploy_image: img.v1, env: `PORT=${PORT}`, ...over }));
  const code = await deploy(inputs, out, undefined, process.env);
  return { code, report: JSON.parse(out.outputs.report) as RolloutReport };
}

interface Inspected {
  Config: { Cmd: string[] | null; User: string; StopTimeout?: number };
  HostConfig: { Memory: number; NanoCpus: number; LogConfig: { Type: string; Config: Record<string, string> }; ReadonlyRootfs: boolean; Tmpfs: Record<string, string> | null };
}
const inspect = () => (JSON.parse(docker(bed.host(1).dockerHost, ['inspect', SERVICE])) as Inspected[])[0];

beforeAll(() => {
  bed = deployBed();
  img = helloImages();
  resetHost(1);
}, 600_000);

afterAll(() => resetHost(1));

test('memory, cpus, log rotation, args, stop_timeout, user, read_only and tmpfs reach docker; a change of one is not "unchanged"', async () => {
  const first = await run(OPTIONS);
  expect([first.code, first.report.hosts.map((h) => [h.outcome, h.message ?? ''])]).toEqual([0, [['ok', '']]]);
  const c = inspect();
  expect({
    memory: c.HostConfig.Memory, cpus: c.HostConfig.NanoCpus, log: c.HostConfig.LogConfig, cmd: c.Config.Cmd, stop: c.Config.StopTimeout,
    user: c.Config.User, readOnly: c.HostConfig.ReadonlyRootfs, tmpfs: c.HostConfig.Tmpfs,
  }).toEqual({
    memory: 64 * 1024 * 1024, cpus: 500_000_000, log: { Type: 'json-file', Config: { 'max-size': '1m', 'max-file': '2' } },
    cmd: ['--greeting', 'hello world', 'its'], stop: 3, user: '65534:65534', readOnly: true, tmpfs: { '/tmp': 'size=16m,mode=1777' },
  });
  expect(await hello(bed.host(1).addr)).toBe('hello v1');

  const same = await run(OPTIONS);
  expect([same.code, same.report.hosts.map((h) => h.outcome)]).toEqual([0, ['unchanged']]);

  const changed = await run({ ...OPTIONS, memory: '96m' });
  expect([changed.code, changed.report.hosts.map((h) => h.outcome)]).toEqual([0, ['ok']]);
  expect(inspect().HostConfig.Memory).toBe(96 * 1024 * 1024);
  expect(await hello(bed.host(1).addr)).toBe('hello v1');
});
