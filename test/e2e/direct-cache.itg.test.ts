/**
 * cache_dir on the direct build path, on a fresh engine of its own (an ephemeral runner's): a
 * builder made fresh gets the folder's caches in its volumes and its first build compiles only
 * the edited package; a damaged build cache in the folder fails the compile, is dropped with a
 * warning and the build succeeds, and the next save replaces the folder's entry whole; a folder
 * holding another run's caches makes the warm one-exec build restore them first.
 */
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { ROOT } from './support/testbed';
import { commitAll, fixtureRepo } from './support/fixture-repo';

jest.setTimeout(900_000);

const FRESH = path.join(ROOT, 'bench/fresh-engine.sh');
const NAME = `e2e-direct-cache-${process.pid}`;
const COMMIT_TIME = 1_741_000_000;
const BUILD_ENTRY = 'gantry-gobuild-1.22-linux-amd64';
let host = '';
let repo = '';
let cacheDir = '';
let edits = 0;

function docker(args: string[]): string {
  return execFileSync('docker', args, { env: { ...process.env, DOCKER_HOST: host }, encoding: 'utf8' }).trim();
}

function build(): Promise<GantryRun> {
  return gantry(['build', '--context', repo, '--image', 'e2e/direct-cache', '--go-version', '1.22', '--push=false', '--build-mode', 'direct', '--build-network', 'none', '--cache-dir', cacheDir, '--sbom=false'], { env: { DOCKER_HOST: host } });
}

function ok(run: GantryRun): GantryRun {
  if (run.code !== 0) throw new Error(`gantry failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

/** The packages a direct build compiled (go build -v's lines between `sources:` and `compiled`). */
function compiled(stdout: string): string[] {
  const lines = stdout.split('\n');
  const from = lines.findIndex((l) => /^sources: sent /.test(l));
  const to = lines.findIndex((l) => /^compiled \S+ in /.test(l));
  return lines.slice(from + 1, to).filter((l) => /^ {2}\S+$/.test(l)).map((l) => l.trim());
}

/** No builder and no cache volumes on the engine: the next build makes a fresh builder. */
function freshBuilder(): void {
  const containers = docker(['ps', '-aq', '--filter', 'label=org.gantry.builder']).split('\n').filter(Boolean);
  if (containers.length) docker(['rm', '-f', ...containers]);
  const volumes = docker(['volume', 'ls', '-q']).split('\n').filter((v) => /^gantry-go(mod|build)-/.test(v));
  if (volumes.length) docker(['volume', 'rm', ...volumes]);
}

function editAndCommit(): void {
  edits++;
  fs.appendFileSync(path.join(repo, 'main.go'), `\nvar cacheEdit${edits} = ${edits}\n`);
  commitAll(repo, COMMIT_TIME + edits, `edit ${edits}`);
}

beforeAll(() => {
  host = execFileSync('bash', [FRESH, 'start', NAME, 'golang:1.22'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  repo = fixtureRepo('examples/hello', COMMIT_TIME);
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-direct-cache-'));
});

afterAll(() => {
  if (host) execFileSync('bash', [FRESH, 'stop', NAME], { stdio: 'inherit' });
  for (const d of [repo, cacheDir]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

test('a fresh builder gets the folder\'s caches in its volumes; its first build compiles only the edited package', async () => {
  const first = ok(await build());
  expect(compiled(first.stdout).length).toBeGreaterThan(5); // the standard library too: the volumes were empty
  expect(first.stdout).toMatch(new RegExp(`^cache: saved the builder volumes into .* \\(.*${BUILD_ENTRY} all: \\d+ files`, 'm'));
  expect(fs.readdirSync(path.join(cacheDir, BUILD_ENTRY)).length).toBeGreaterThan(10);

  freshBuilder();
  editAndCommit();
  const second = ok(await build());
  expect(second.stdout).toMatch(new RegExp(`^cache: restored [0-9.]+ MB from .* into builder volumes .*${BUILD_ENTRY}`, 'm'));
  expect(compiled(second.stdout)).toEqual(['example.com/hello']);
  // Only what the edit added goes back into the folder.
  expect(second.stdout).toMatch(new RegExp(`${BUILD_ENTRY} changed: \\d+ files`));

  // The same builder again, nothing edited: nothing new in its volumes, the folder is left as it is.
  const third = ok(await build());
  expect(third.stdout).toMatch(/^cache: nothing changed in the builder volumes since .* was saved; left as it is/m);
});

test('a damaged build cache in the folder is dropped with a warning; the build succeeds and the entry is replaced', async () => {
  freshBuilder();
  // Compiled packages garbled in place (same sizes, so go takes them for entries of its cache).
  const entry = path.join(cacheDir, BUILD_ENTRY);
  let damaged = 0;
  for (const sub of fs.readdirSync(entry)) {
    const folder = path.join(entry, sub);
    if (!fs.statSync(folder).isDirectory()) continue;
    for (const f of fs.readdirSync(folder)) {
      const file = path.join(folder, f);
      const size = fs.statSync(file).size;
      if (f.endsWith('-d') && size > 20_000) {
        fs.writeFileSync(file, crypto.randomBytes(size));
        damaged++;
      }
    }
  }
  expect(damaged).toBeGreaterThan(0);
  editAndCommit();
  const run = ok(await build());
  const said = `${run.stdout}\n${run.stderr}`;
  expect(said).toMatch(new RegExp(`cache: the compile failed with the build cache restored from ${cacheDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(.*\\); dropped that cache in builder \\S+ and compiling once more without it`));
  expect(run.stdout).toMatch(/^compiled hello in /m);
  expect(run.stdout).toMatch(new RegExp(`${BUILD_ENTRY} all: \\d+ files`));

  // The folder's entry is the fresh one now: another fresh builder restores it and compiles only the edit.
  freshBuilder();
  editAndCommit();
  const again = ok(await build());
  expect(`${again.stdout}\n${again.stderr}`).not.toMatch(/the compile failed with the build cache restored/);
  expect(compiled(again.stdout)).toEqual(['example.com/hello']);
});

test('caches of another run in the folder (another stamp): the one-exec build steps back, restores them, compiles only the edit', async () => {
  editAndCommit();
  const warm = ok(await build());
  expect(warm.stdout).toMatch(/^sources: sent 1 file\(s\), \d+ bytes \(\d+ in the context\) with the compile$/m);
  // The CI restored the folder from another runner's save: its stamp is not the one in the volume.
  fs.writeFileSync(path.join(cacheDir, BUILD_ENTRY, '.gantry-stamp'), `${crypto.randomBytes(8).toString('hex')}\n`);
  editAndCommit();
  const restored = ok(await build());
  expect(restored.stdout).toMatch(new RegExp(`^cache: restored [0-9.]+ MB from .* into builder volumes ${BUILD_ENTRY} in`, 'm'));
  expect(restored.stdout).toMatch(/^sources: sent 1 file\(s\), \d+ bytes \(\d+ in the context\) in [0-9.]+s$/m);
  expect(compiled(restored.stdout)).toEqual(['example.com/hello']);
  editAndCommit();
  const next = ok(await build());
  expect(next.stdout).not.toMatch(/^cache: restored/m);
  expect(next.stdout).toMatch(/^sources: sent 1 file\(s\), \d+ bytes \(\d+ in the context\) with the compile$/m);
});
