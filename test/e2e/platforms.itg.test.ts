/**
 * platforms without emulation: linux/amd64 and linux/arm64 cross-compiled by a builder on the
 * engine's platform, pushed as one manifest list; the arm64 binary cannot run here, so its ELF
 * header says what it is. Unchanged pushes upload nothing; a code change moves the binary layer only.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { commitAll, fixtureRepo } from './support/fixture-repo';
import { blob, manifestDigest, registryGet } from './support/registry';

jest.setTimeout(900_000);

const COMMIT_TIME = 1_738_000_000;
let tb: Record<string, string>;
let dir: string;
let repo: string;

function pushEnv(): Record<string, string> {
  return { GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword() };
}

function outputs(run: GantryRun): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of run.stdout.matchAll(/^ {2}([a-z_]+)=(.*)$/gm)) out[m[1]] = m[2];
  return out;
}

function build(context = dir, repository = repo): Promise<GantryRun> {
  return gantry(['build', '--context', context, '--image', `${tb.GANTRY_TESTBED_REGISTRY}/${repository}`, '--platforms', 'linux/amd64,linux/arm64', '--binaries-dir', 'bin', '--tags', '{commit_time}', '--build-network', 'none', '--build-mode', 'buildkit'], { cwd: context, env: pushEnv() });
}

/** A checkout of hello whose gantry output stays out of git, as a user's .gitignore would keep it. */
function checkout(): string {
  const d = fixtureRepo('examples/hello', COMMIT_TIME);
  fs.appendFileSync(path.join(d, '.git/info/exclude'), '.gantry/\nbin/\n');
  return d;
}

let firstRun: Promise<GantryRun> | undefined;
/** The first build of the commit: shared by the tests that need it, whichever runs first. */
const firstBuild = () => (firstRun ??= build());

interface ManifestList { mediaType: string; manifests: Array<{ digest: string; size: number; platform: { os: string; architecture: string } }> }
interface Manifest { config: { digest: string }; layers: Array<{ digest: string; size: number }> }

async function json<T>(p: string): Promise<T> {
  const res = await registryGet(p);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
}

/** ELF e_machine: 62 is x86-64, 183 is AArch64. */
const elfMachine = (file: string) => fs.readFileSync(file).readUInt16LE(18);

beforeAll(() => {
  tb = testbed();
  repo = `e2e/platforms-${process.pid}`;
  dir = checkout();
});

describe('gantry build --platforms linux/amd64,linux/arm64', () => {
  test('one index under the tag, referencing an amd64 and an arm64 image; digest is the index\'s', async () => {
    const first = await firstBuild();
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // Cross-compiled: no emulator exists here, so every RUN ran on the engine's own platform.
    expect(first.stdout).toMatch(/go 1.22 on golang:1.22, linux\/arm64/);
    expect(first.stdout).toMatch(/\[build \d+\/\d+\] RUN .*gantry-gobuild-1.22-linux-arm64.* go build -v/);
    const out = outputs(first);
    expect(await manifestDigest(repo, String(COMMIT_TIME))).toBe(out.digest);
    expect(out.image_ref).toBe(`${tb.GANTRY_TESTBED_REGISTRY}/${repo}@${out.digest}`);
    const list = await json<ManifestList>(`${repo}/manifests/${COMMIT_TIME}`);
    expect(list.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(list.manifests.map((m) => `${m.platform.os}/${m.platform.architecture}`)).toEqual(['linux/amd64', 'linux/arm64']);
    for (const m of list.manifests) {
      const manifest = await json<Manifest>(`${repo}/manifests/${m.digest}`);
      const config = JSON.parse((await blob(repo, manifest.config.digest)).toString()) as { architecture: string; os: string };
      expect(`${config.os}/${config.architecture}`).toBe(`${m.platform.os}/${m.platform.architecture}`);
    }
  });

  test('binaries_dir holds both binaries, their ELF machine types and sums', async () => {
    expect((await firstBuild()).code).toBe(0);
    expect(elfMachine(path.join(dir, 'bin/hello-linux-amd64'))).toBe(62);
    expect(elfMachine(path.join(dir, 'bin/hello-linux-arm64'))).toBe(183);
    const sums = fs.readFileSync(path.join(dir, 'bin/SHA256SUMS'), 'utf8').trim().split('\n');
    expect(sums.map((l) => l.split('  ')[1])).toEqual(['hello-linux-amd64', 'hello-linux-arm64']);
    for (const line of sums) {
      const [hash, name] = line.split('  ');
      expect(createHash('sha256').update(fs.readFileSync(path.join(dir, 'bin', name))).digest('hex')).toBe(hash);
    }
  });

  test('the same commit again: nothing uploaded, the report says unchanged, the same index digest', async () => {
    const first = await firstBuild();
    expect(first.code).toBe(0);
    const again = await build();
    expect(again.code).toBe(0);
    expect(outputs(again).digest).toBe(outputs(first).digest);
    expect(again.stdout).not.toMatch(/: Pushed$/m);
    expect(again.stdout).toMatch(/unchanged: the registry had every layer and this index/);
  });

  test('a code change moves only the binary layer of each platform', async () => {
    // The first build is the commit before the edit; a checkout of its own is edited and built
    // into the same repository (which holds every other layer already).
    expect((await firstBuild()).code).toBe(0);
    const own = checkout();
    const editRepo = repo;
    const list = await json<ManifestList>(`${editRepo}/manifests/${COMMIT_TIME}`);
    const main = path.join(own, 'main.go');
    fs.writeFileSync(main, fs.readFileSync(main, 'utf8').replace('log.Fatalf("hello: %v", err)', `log.Fatalf("hello (${process.pid}): %v", err)`));
    commitAll(own, COMMIT_TIME + 60, 'edit');
    const run = await build(own, editRepo);
    expect(run.code).toBe(0);
    const next = await json<ManifestList>(`${editRepo}/manifests/${COMMIT_TIME + 60}`);
    for (const arch of ['amd64', 'arm64']) {
      const before = await json<Manifest>(`${editRepo}/manifests/${list.manifests.find((m) => m.platform.architecture === arch)?.digest}`);
      const after = await json<Manifest>(`${editRepo}/manifests/${next.manifests.find((m) => m.platform.architecture === arch)?.digest}`);
      expect(after.layers.length).toBe(before.layers.length);
      const moved = after.layers.filter((l, i) => l.digest !== before.layers[i].digest);
      expect(moved).toHaveLength(1);
      expect(after.layers[after.layers.length - 1].digest).not.toBe(before.layers[before.layers.length - 1].digest);
    }
    // Per platform, the engine pushed exactly one layer (the binary); the rest already existed.
    expect(run.stdout.match(/: Pushed$/gm)).toHaveLength(2);
  });
});
