/**
 * Start-up loads only what a command uses: each package below is wrapped so that loading it is
 * recorded (and then loaded for real), and each front end is dispatched from a fresh module
 * registry. `--help` and `plan` must load none of them; a build loads the engine client (docker-modem,
 * which loads ssh2 with it) but neither gRPC (only a BuildKit session serving secrets loads it), the
 * GitHub cache client nor the SSH client; a day-two command loads the SSH client (when it connects
 * to a host) but not the engine client. No timing is measured: only which modules a command pulls in.
 */
import { generateKeyPairSync } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const mockLoaded = new Set<string>();
jest.mock('ssh2', () => { mockLoaded.add('ssh2'); return jest.requireActual('ssh2'); });
jest.mock('node-ssh', () => { mockLoaded.add('node-ssh'); return jest.requireActual('node-ssh'); });
jest.mock('@grpc/grpc-js', () => { mockLoaded.add('@grpc/grpc-js'); return jest.requireActual('@grpc/grpc-js'); });
jest.mock('@actions/cache', () => { mockLoaded.add('@actions/cache'); return jest.requireActual('@actions/cache'); });
jest.mock('@cyclonedx/cyclonedx-library', () => { mockLoaded.add('@cyclonedx/cyclonedx-library'); return jest.requireActual('@cyclonedx/cyclonedx-library'); });
jest.mock('docker-modem', () => { mockLoaded.add('engine-client'); return jest.requireActual('docker-modem'); });
jest.mock('tar-fs', () => { mockLoaded.add('tar-fs'); return jest.requireActual('tar-fs'); });
jest.mock('tar-stream', () => { mockLoaded.add('tar-stream'); return jest.requireActual('tar-stream'); });
jest.mock('tweetnacl', () => { mockLoaded.add('tweetnacl'); return jest.requireActual('tweetnacl'); });

jest.setTimeout(60_000);

const ROOT = path.resolve(__dirname, '../../..');
const HELLO = path.join(ROOT, 'examples/hello');
const WATCHED = ['ssh2', 'node-ssh', '@grpc/grpc-js', '@actions/cache', '@cyclonedx/cyclonedx-library', 'engine-client', 'tar-fs', 'tar-stream', 'tweetnacl'];
/** An environment with no gantry, GitHub or engine settings of the caller's, and an engine that does not exist. */
const ENV: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: '/nonexistent/gantry-lazy-home', XDG_CACHE_HOME: path.join(os.tmpdir(), 'gantry-lazy-cache'), DOCKER_HOST: 'unix:///nonexistent/gantry-lazy-test.sock' };

let scratch: string;
let out: string[];

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-lazy-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

beforeEach(() => {
  jest.resetModules();
  mockLoaded.clear();
  out = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out.push(String(s)); return true; });
  jest.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => { out.push(String(s)); return true; });
});
afterEach(() => jest.restoreAllMocks());

async function cli(argv: string[]): Promise<number> {
  const { runCli } = await import('../../../src/frontends/cli');
  return runCli(argv, ENV);
}

const loaded = () => WATCHED.filter((m) => mockLoaded.has(m));

describe('each command loads only its own dependencies', () => {
  test('--help and --version load none of them', async () => {
    expect(await cli(['--help'])).toBe(0);
    expect(await cli(['--version'])).toBe(0);
    expect(loaded()).toEqual([]);
  });

  test('plan (the CLI) loads none of them', async () => {
    expect(await cli(['plan', '--context', HELLO, '--image', 'registry.test/hello'])).toBe(0);
    expect(out.join('')).toContain('FROM scratch');
    expect(loaded()).toEqual([]);
  });

  test('plan (the action) loads none of them', async () => {
    const output = path.join(scratch, 'github-output');
    fs.writeFileSync(output, '');
    const saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = output;
    try {
      const { runGitHub } = await import('../../../src/frontends/github');
      expect(await runGitHub({ ...ENV, INPUT_COMMAND: 'plan', INPUT_CONTEXT: HELLO, INPUT_IMAGE: 'registry.test/hello' })).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
      process.exitCode = undefined;
    }
    expect(fs.readFileSync(output, 'utf8')).toContain('go_version');
    expect(loaded()).toEqual([]);
  });

  test('build loads the engine client, not gRPC, the GitHub cache client, the deploy SSH client or the SBOM library (without sbom)', async () => {
    expect(await cli(['build', '--builder', 'container', '--context', HELLO, '--image', 'registry.test/hello', '--cache-dir', path.join(scratch, 'cache'), '--sbom=false'])).toBe(1);
    expect(out.join('')).toMatch(/cannot reach the Docker engine/);
    const got = loaded();
    expect(got).toContain('engine-client');
    // ssh2 comes with docker-modem (its ssh:// transport is required at load); node-ssh does not.
    for (const m of ['node-ssh', '@grpc/grpc-js', '@actions/cache', '@cyclonedx/cyclonedx-library', 'tweetnacl']) expect(got).not.toContain(m);
  });

  test('status against an SSH host loads the SSH client when it connects, not the engine client, gRPC or the build', async () => {
    const key = path.join(scratch, 'deploy_key');
    fs.writeFileSync(key, generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }) as string, { mode: 0o600 });
    // Port 1 of this machine refuses at once: the host is named as unreachable (exit 1), after the SSH client is loaded.
    expect(await cli(['status', '--deploy-image', 'registry.test/hello:1', '--hosts', '127.0.0.1:1', '--ssh-host-key-policy', 'accept-new', '--ssh-private-key', key])).toBe(1);
    expect(out.join('')).toMatch(/127\.0\.0\.1:1: cannot connect/);
    const got = loaded();
    expect(got).toEqual(expect.arrayContaining(['ssh2', 'node-ssh']));
    for (const m of ['engine-client', '@grpc/grpc-js', '@actions/cache', 'tar-fs', '@cyclonedx/cyclonedx-library']) expect(got).not.toContain(m);
  });

  test('a deploy input check stops before the SSH client is loaded', async () => {
    // No private key: refused by the input check, which loads the SSH library only to read a key.
    expect(await cli(['deploy', '--deploy-image', `registry.test/hello@sha256:${'a'.repeat(64)}`, '--hosts', '127.0.0.1:1', '--ssh-host-key-policy', 'accept-new'])).toBe(1);
    expect(out.join('')).toMatch(/input 'ssh_private_key': is empty/);
    expect(loaded()).toEqual([]);
  });
});
