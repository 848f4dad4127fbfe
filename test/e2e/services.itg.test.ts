/**
 * Several services from gantry.yml on the test bed's engine and registry: three Go versions
 * built concurrently into one report, a shared local module that rebuilds its users, only_changed,
 * binaries with their sums, and a failing service that does not stop the others.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { commitAll, fixtureRepo } from './support/fixture-repo';
import { listTags } from './support/registry';

jest.setTimeout(900_000);

const COMMIT_TIME = 1_737_000_000;
let tb: Record<string, string>;
let dir: string;
let prefix: string;

function pushEnv(): Record<string, string> {
  return { GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword() };
}

interface ServiceOut { name: string; status: string; image_ref: string; digest: string; tags: string[]; go_version: string; error?: string }

/** The run's closing lines, one per service: `api: built REPO@DIGEST (Go 1.22, linux/amd64, 1.7s)`. */
function services(run: GantryRun): ServiceOut[] {
  const out: ServiceOut[] = [];
  for (const m of run.stdout.matchAll(/^([a-z0-9][a-z0-9_.-]*): (built|unchanged|skipped|failed)(?: (\S+) \(Go ([\d.]+), [^,]+, [\d.]+s\))?(?:: (.*))?$/gm)) {
    const ref = m[3] ?? '';
    out.push({ name: m[1], status: m[2], image_ref: ref, digest: ref.includes('@') ? ref.slice(ref.indexOf('@') + 1) : '', tags: [], go_version: m[4] ?? '', error: m[5] });
  }
  return out;
}

const byName = (run: GantryRun) => Object.fromEntries(services(run).map((s) => [s.name, s]));

function build(extra: string[] = [], at = dir): Promise<GantryRun> {
  return gantry(['build', '--config', path.join(at, 'gantry.yml'), '--image', `${tb.GANTRY_TESTBED_REGISTRY}/${prefix}`, '--build-network', 'none', '--build-mode', 'buildkit', ...extra], { cwd: at, env: pushEnv() });
}

/** A checkout of the services fixture; tests that commit to it take their own, so none depends on another. */
function checkout(): string {
  const d = fixtureRepo('test/fixtures/go/services', COMMIT_TIME);
  // What gantry writes into the checkout stays out of git, as a user's .gitignore would keep it.
  fs.appendFileSync(path.join(d, '.git/info/exclude'), '.gantry/\nbin/\n');
  return d;
}

beforeAll(() => {
  tb = testbed();
  prefix = `e2e-services-${process.pid}`;
  dir = checkout();
});

describe('gantry build --config gantry.yml', () => {
  test('three services on Go 1.22, 1.19 and 1.24, three at a time, one report; binaries with SHA-256 sums', async () => {
    const run = await build(['--parallel', '3', '--binaries-dir', 'bin']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('3 service(s) in');
    expect(run.stdout).toContain('building 3, 3 at a time');
    const out = byName(run);
    expect(Object.keys(out)).toEqual(['api', 'worker', 'edge']);
    expect([out.api.go_version, out.worker.go_version, out.edge.go_version]).toEqual(['1.22', '1.19', '1.24']);
    for (const s of Object.values(out)) {
      // 'unchanged' when the registry already had every layer (from an earlier run of this fixture).
      expect(['built', 'unchanged']).toContain(s.status);
      expect(s.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(s.image_ref).toBe(`${tb.GANTRY_TESTBED_REGISTRY}/${prefix}/${s.name}@${s.digest}`);
    }
    expect(await listTags(`${prefix}/edge`)).toEqual(expect.arrayContaining([String(COMMIT_TIME), 'go1.24']));
    // Each service's lines carry its name (they interleave); the local module travelled with api.
    expect(run.stdout).toMatch(/^\[api\] #\d+ \[build \d+\/\d+\] COPY shared\/go.mod \/src\/shared\/go.mod/m);
    expect(run.stdout).toMatch(/^\[worker\] go 1.19 on golang:1.19/m);
    // The two module caches of three Go versions are each mounted by their own id.
    expect(run.stdout).toMatch(/^\[worker\] #\d+ \[build \d+\/\d+\] RUN --mount=type=cache,id=gantry-gomod-1.19,/m);
    // Binaries: one per service, listed with sums sha256sum -c accepts.
    const sums = fs.readFileSync(path.join(dir, 'bin/SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split('  ')[1])).toEqual(['api/api-linux-amd64', 'edge/edge-linux-amd64', 'worker/worker-linux-amd64']);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(createHash('sha256').update(fs.readFileSync(path.join(dir, 'bin', name))).digest('hex')).toBe(hash);
    }
  });

  test('only_changed: a change in the shared local module rebuilds api and worker, not edge', async () => {
    const own = checkout();
    const lib = path.join(own, 'shared/greeting/greeting.go');
    fs.writeFileSync(lib, fs.readFileSync(lib, 'utf8').replace('"hello from "', `"hello (${process.pid}) from "`));
    commitAll(own, COMMIT_TIME + 60, 'lib change');
    const run = await build(['--only-changed', 'HEAD~1'], own);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/only_changed HEAD~1: 1 changed path\(s\); building api, worker, skipping edge/);
    const out = byName(run);
    expect([out.api.status, out.worker.status, out.edge.status]).toEqual(['built', 'built', 'skipped']);
    expect(await listTags(`${prefix}/api`)).toContain(String(COMMIT_TIME + 60));
    expect(await listTags(`${prefix}/edge`)).not.toContain(String(COMMIT_TIME + 60));
  });

  test('only_changed: a change outside every service builds nothing', async () => {
    const own = checkout();
    fs.writeFileSync(path.join(own, 'NOTES.md'), 'notes\n');
    commitAll(own, COMMIT_TIME + 120, 'notes');
    const run = await build(['--only-changed', 'HEAD~1'], own);
    expect(run.code).toBe(0);
    expect(services(run).map((s) => s.status)).toEqual(['skipped', 'skipped', 'skipped']);
  });

  test('a service that does not compile fails the run, names itself, and the others still build', async () => {
    const own = checkout();
    const yml = path.join(own, 'gantry.yml');
    fs.mkdirSync(path.join(own, 'broken'), { recursive: true });
    fs.writeFileSync(path.join(own, 'broken/go.mod'), 'module example.com/broken\n\ngo 1.22\n');
    fs.writeFileSync(path.join(own, 'broken/main.go'), 'package main\n\nfunc main() { nosuch() }\n');
    fs.appendFileSync(yml, '  broken:\n    context: broken\n');
    commitAll(own, COMMIT_TIME + 180, 'broken service');
    const run = await build([], own);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/gantry: error: 1 of 4 services failed: broken \(build failed at .*undefined: nosuch/);
    expect(run.stderr.trim().split('\n').filter((l) => l.startsWith('gantry: error')).length).toBe(1);
    for (const s of ['api', 'worker', 'edge']) expect(await listTags(`${prefix}/${s}`)).toContain(String(COMMIT_TIME + 180));
  });

  test('a bad gantry.yml is one line naming the file, the service and the setting', async () => {
    fs.writeFileSync(path.join(dir, 'bad.yml'), 'services:\n  api:\n    context: api\n    go_version: banana\n');
    const run = await gantry(['build', '--config', path.join(dir, 'bad.yml'), '--push=false'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.yml: service 'api': input 'go_version': 'banana' is not valid/);
  });
});
