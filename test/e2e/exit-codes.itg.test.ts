/**
 * The exit codes the README promises (0 ok, 1 failed with nothing changed, 2 usage, 3 every host
 * back on its previous version, 4 fleet mixed), read at the process boundary of the bundled
 * program as users run it: bin/gantry for the command line, and `node dist/index.js` under
 * GitHub's runner protocol (INPUT_* variables, GITHUB_OUTPUT) for the action. Each test starts
 * from hosts it resets itself, on a container and port no other test uses.
 *
 * Which outcome gives 3 and which 4 is pinned at unit level with the fake host (rollout.test.ts:
 * unhealthy and rolled back, unreachable past max_failures; target-exit-codes.test.ts: a rollout
 * that reached no host). Here each front end shows it hands the rollout's code to the process
 * unchanged, with the cheapest real failure: a host address where nothing listens (h2 on port
 * 2222, refused at once: unreachable, as a stopped sshd is). The command line shows every code,
 * the action 1, 0 and 4 (it passes 3 the same way).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gantry } from './support/gantry';
import { runAction } from './support/github-runner';
import { Bed, HelloImages, bedInputs, containers, deployBed, hello, helloImages, resetHost } from './support/deploy';

jest.setTimeout(600_000);

const SERVICE = 'e2e-exit-codes';
const PORT = 18093;
const HOSTS = [1, 2];
let bed: Bed;
let img: HelloImages;
let workspace: string;

/** Inputs of a deploy of `image` to the bed's first two hosts. */
function inputs(image: string, over: Record<string, string> = {}): Record<string, string> {
  return bedInputs(bed, {
    hosts: HOSTS.map((i) => bed.hosts[i - 1]).join(','),
    deploy_image: image,
    container_name: SERVICE,
    env: `PORT=${PORT}`,
    health_url: `http://127.0.0.1:${PORT}/healthz`,
    health_timeout: '4',
    ...over,
  });
}

/** The command line, every input but the command as its GANTRY_ variable (secrets stay off argv). */
async function cli(all: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { command, ...rest } = all;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(rest)) env[`GANTRY_${k.toUpperCase()}`] = v;
  const run = await gantry([command], { env });
  return { code: run.code, stdout: run.stdout, stderr: run.stderr };
}

const answers = () => Promise.all(HOSTS.map((i) => hello(bed.host(i).addr, PORT)));

/** The two hosts with h2 unreachable: nothing listens on its port 2222, so the connection is refused. */
const h2Down = () => `${bed.hosts[0]},${bed.hosts[1]}:2222`;

beforeAll(() => {
  bed = deployBed();
  img = helloImages();
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-exit-codes-'));
}, 600_000);

beforeEach(() => {
  for (const i of HOSTS) resetHost(i, SERVICE);
});

afterAll(() => {
  for (const i of HOSTS) resetHost(i, SERVICE);
  fs.rmSync(workspace, { recursive: true, force: true });
});

test('bin/gantry: 2 without arguments, 1 for bad input, 0 deployed, 3 no host reached, 4 a host down past max_failures', async () => {
  const codes: Record<string, number> = {};
  codes.usage = (await gantry([])).code;
  const bad = await cli(inputs(img.v1, { health_timeout: '0' }));
  codes.badInput = bad.code;
  expect(bad.stderr).toContain("gantry: error: input 'health_timeout': '0' is less than 1");
  expect(HOSTS.map((i) => containers(i, SERVICE).length)).toEqual([0, 0]);
  codes.deployed = (await cli(inputs(img.v1))).code;
  expect(await answers()).toEqual(['hello v1', 'hello v1']);
  const unreached = await cli(inputs(img.v2, { hosts: `${bed.hosts[1]}:2222` }));
  codes.unreached = unreached.code;
  expect(`${unreached.stdout}${unreached.stderr}`).toContain('connection refused');
  expect(await answers()).toEqual(['hello v1', 'hello v1']);
  codes.mixed = (await cli(inputs(img.v2, { hosts: h2Down(), max_failures: '1', batch_size: '1' }))).code;
  expect(await answers()).toEqual(['hello v2', 'hello v1']);
  expect(codes).toEqual({ usage: 2, badInput: 1, deployed: 0, unreached: 3, mixed: 4 });
});

test('the action (node dist/index.js, INPUT_* variables): 1 for bad input, 0 deployed, 4 a host down past max_failures', async () => {
  const codes: Record<string, number> = {};
  const bad = await runAction(workspace, inputs(img.v1, { health_timeout: '0' }));
  codes.badInput = bad.code;
  expect(bad.stdout).toContain("::error::input 'health_timeout': '0' is less than 1");
  expect(HOSTS.map((i) => containers(i, SERVICE).length)).toEqual([0, 0]);
  const ok = await runAction(workspace, inputs(img.v1));
  codes.deployed = ok.code;
  expect(ok.outputs.deployed_hosts).toBe(HOSTS.map((i) => bed.hosts[i - 1]).join(','));
  expect(await answers()).toEqual(['hello v1', 'hello v1']);
  const mixed = await runAction(workspace, inputs(img.v2, { hosts: h2Down(), max_failures: '1', batch_size: '1' }));
  codes.mixed = mixed.code;
  expect(mixed.outputs.failed_hosts).toBe(`${bed.hosts[1]}:2222`);
  expect(await answers()).toEqual(['hello v2', 'hello v1']);
  expect(codes).toEqual({ badInput: 1, deployed: 0, mixed: 4 });
});
