/**
 * Full disks, for real: a 512 KiB tmpfs as binaries_dir and as cache_dir, under a build that needs
 * no engine and no registry (the host builder, push false, the image written as an OCI layout).
 * gantry says in one line which input and which file met the full disk and why, prints no stack
 * trace, and leaves nothing half-written; a full cache_dir is a warning, and the build succeeds.
 * Unreadable files too: gantry run as an unprivileged user (this suite runs as root, whom no
 * file refuses) on a Dockerfile and a context folder it may not read.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gantry, GantryRun } from './support/gantry';
import { fixtureRepo } from './support/fixture-repo';
import { ROOT, testbed } from './support/testbed';

jest.setTimeout(300_000);

let scratch: string;
let tiny: string;
let hello: string;
const nowhere = { DOCKER_HOST: 'unix:///nonexistent/gantry-full-disk.sock' };

beforeAll(() => {
  testbed(); // the host toolchain (/usr/lib/go-1.22) comes with the bed's packages
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-full-disk-'));
  tiny = path.join(scratch, 'tiny');
  fs.mkdirSync(tiny);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0755', 'gantry-full-disk', tiny]);
  hello = fixtureRepo('examples/hello', 1_740_000_900);
});

afterAll(() => {
  try {
    execFileSync('umount', [tiny]);
  } catch {
    // not mounted
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.rmSync(hello, { recursive: true, force: true });
});

function build(extra: string[]): Promise<GantryRun> {
  return gantry(['build', '--context', hello, '--image', 'e2e/full-disk', '--builder', 'host', '--push=false', '--sbom=false', '--oci-layout', path.join(scratch, 'layout'), ...extra], { env: nowhere });
}

const text = (run: GantryRun) => `${run.stdout}\n${run.stderr}`;
/** A Node stack frame: "    at fn (file.js:1:2)" or "    at file.js:1:2". */
const STACK = /^\s+at .*:\d+:\d+\)?$/m;

test('binaries_dir on a full disk: one line naming the input, the file and ENOSPC; no stack trace; no half-written binary', async () => {
  const out = path.join(tiny, 'bin');
  const run = await build(['--binaries-dir', out, '--cache-dir', 'none']);
  expect({ code: run.code, text: text(run) }).toEqual({ code: 1, text: expect.stringMatching(/input 'binaries_dir': cannot write '[^']*': no space left on the device \(ENOSPC\)/) });
  expect(text(run)).not.toMatch(STACK);
  const left = fs.existsSync(out) ? fs.readdirSync(out) : [];
  expect(left.filter((f) => f.startsWith('hello'))).toEqual([]);
});

test('cache_dir on a full disk: one warning naming cache_dir and ENOSPC, the build succeeds, no stack trace', async () => {
  fs.rmSync(path.join(tiny, 'bin'), { recursive: true, force: true });
  const run = await build(['--cache-dir', path.join(tiny, 'cache')]);
  if (run.code !== 0) throw new Error(text(run));
  expect(text(run)).toMatch(/cache_dir.*no space left on the device \(ENOSPC\)/);
  expect(text(run)).not.toMatch(STACK);
  // The image was still written.
  expect(fs.existsSync(path.join(scratch, 'layout/index.json'))).toBe(true);
});

/** bin/gantry as the unprivileged user nobody (uid 65534), with a plain PATH. */
function asNobody(args: string[]): { code: number; text: string } {
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', '--', 'env', '-i', 'PATH=/usr/bin:/bin', 'HOME=/tmp', process.execPath, '--', path.join(ROOT, 'bin/gantry.js'), ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, text: `${r.stdout}\n${r.stderr}` };
}

test('unreadable files (as an unprivileged user): the Dockerfile and the context folder are named with EACCES in one line', () => {
  const ctx = path.join(scratch, 'unreadable');
  fs.cpSync(hello, ctx, { recursive: true });
  fs.chmodSync(scratch, 0o755);
  fs.chmodSync(ctx, 0o755); // a copy of a temporary folder: 0700 like it
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\n', { mode: 0o000 });
  const dockerfile = asNobody(['plan', '--context', ctx, '--dockerfile', path.join(ctx, 'Dockerfile'), '--image', 'registry.example.com/team/hello']);
  expect(dockerfile).toEqual({ code: 1, text: expect.stringContaining(`gantry: error: input 'dockerfile': '${path.join(ctx, 'Dockerfile')}' cannot be read: permission denied (EACCES)`) });
  expect(dockerfile.text).not.toMatch(STACK);
  fs.chmodSync(ctx, 0o700);
  const folder = asNobody(['plan', '--context', ctx, '--image', 'registry.example.com/team/hello']);
  expect(folder).toEqual({ code: 1, text: expect.stringContaining(`gantry: error: input 'context': '${ctx}' cannot be read: permission denied (EACCES)`) });
  expect(folder.text).not.toMatch(STACK);
});
