/**
 * What a push promises, checked where it happens: at the registry (every request counted by a
 * loopback front) and on the machine (every process's argv read while the push runs; the home
 * folder after it), not in gantry's own log.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { fixtureRepo } from './support/fixture-repo';
import { listTags, manifestDigest } from './support/registry';
import { RegistryFront, startRegistryFront } from './support/registry-front';
import { sampleArgv } from './support/process-watch';

jest.setTimeout(Number(process.env.GANTRY_TEST_TIMEOUT ?? 600_000));

const COMMIT_TIME = 1_737_000_000;
let front: RegistryFront;
let hello: string;
let repo: string;

function outputs(run: GantryRun): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of run.stdout.matchAll(/^ {2}([a-z_]+)=(.*)$/gm)) out[m[1]] = m[2];
  return out;
}

interface Push {
  run: GantryRun;
  home: string;
  /** Looks at the machine taken while the registry was being talked to. */
  duringPush: number;
  /** Looks taken every few milliseconds through the whole run. */
  periodic: number;
  /** Command lines holding the password, from any look. */
  leaks: string[];
  /** The look saw gantry itself (so it would have seen the password there). */
  sawGantry: boolean;
  /** Index into front.requests where this push began and ended. */
  from: number;
  to: number;
}

async function push(): Promise<Push> {
  const password = registryPassword();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-e2e-home-'));
  const result: Omit<Push, 'run'> = { home, duringPush: 0, periodic: 0, leaks: [], sawGantry: false, from: front.requests.length, to: 0 };
  const look = () => {
    const s = sampleArgv(password, 'bin/gantry.js');
    result.leaks.push(...s.hits);
    if (s.found.length) result.sawGantry = true;
  };
  front.onRequest = () => {
    result.duringPush++;
    look();
  };
  const timer = setInterval(() => {
    result.periodic++;
    look();
  }, 20);
  let run: GantryRun;
  try {
    run = await gantry(['build', '--context', hello, '--image', `${front.address}/${repo}`, '--build-network', 'none', '--cache-dir', 'none', '--build-mode', 'buildkit'], {
      env: { HOME: home, DOCKER_CONFIG: undefined, GANTRY_REGISTRY_USERNAME: testbed().GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: password },
    });
  } finally {
    clearInterval(timer);
    front.onRequest = undefined;
  }
  result.to = front.requests.length;
  return { run, ...result };
}

let first: Promise<Push> | undefined;
/** The first push of the commit to a new repository; tests that need it share it, in any order. */
const firstPush = () => (first ??= push());

beforeAll(async () => {
  testbed();
  front = await startRegistryFront();
  repo = `e2e/push-${process.pid}`;
  hello = fixtureRepo('examples/hello', COMMIT_TIME);
});

afterAll(async () => {
  await front?.close();
});

describe('a push, seen from the registry and the machine', () => {
  test('no ~/.docker is written and no process has the registry password in its argv while pushing', async () => {
    const p = await firstPush();
    expect(p.run.stderr).not.toMatch(/error/);
    expect(p.run.code).toBe(0);
    expect(p.duringPush).toBeGreaterThan(5);
    expect(p.periodic).toBeGreaterThan(5);
    expect(p.sawGantry).toBe(true);
    expect(p.leaks).toEqual([]);
    expect(fs.existsSync(path.join(p.home, '.docker'))).toBe(false);
    console.info(`argv of every process read ${p.duringPush} times at registry requests and ${p.periodic} times every 20 ms: ${p.leaks.length} hold the password`);
    expect(p.run.stdout).not.toContain(registryPassword());
    // The registry saw the credentials: the push landed under the commit's tag.
    expect(await listTags(repo)).toContain(String(COMMIT_TIME));
  });

  test('the first push uploads blobs; the same commit pushed again uploads none, counted at the registry', async () => {
    const p = await firstPush();
    expect(p.run.code).toBe(0);
    const firstUploads = front.requests.slice(p.from, p.to).filter((r) => /^(POST|PATCH|PUT) \/v2\/.+\/blobs\/uploads\//.test(r));
    expect(firstUploads.length).toBeGreaterThan(0);


    const again = await push();
    expect(again.run.code).toBe(0);
    const requests = front.requests.slice(again.from, again.to);
    expect(requests.filter((r) => /^(POST|PATCH|PUT) \/v2\/.+\/blobs\/uploads\//.test(r))).toEqual([]);
    console.info(`blob upload requests at the registry: ${firstUploads.length} on the first push, none of ${requests.length} requests on the unchanged one`);
    // It did talk to the registry: it checked the blobs and put the manifest under each tag.
    expect(requests.some((r) => /^HEAD \/v2\/.+\/blobs\/sha256:/.test(r))).toBe(true);
    expect(requests.some((r) => /^PUT \/v2\/.+\/manifests\//.test(r))).toBe(true);
    expect(outputs(again.run).digest).toBe(outputs(p.run).digest);
    expect(await manifestDigest(repo, String(COMMIT_TIME))).toBe(outputs(again.run).digest);
  });
});
