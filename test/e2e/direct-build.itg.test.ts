/**
 * The direct build path on the bed's engine and registry: go build in a warm builder container,
 * the image assembled and pushed without a BuildKit solve. Compared with the BuildKit path of the
 * same commit (files, owners, modes, config), built twice (one digest), edited by one line (one
 * file sent with the compile, one package compiled), with its work tree changed elsewhere (synced
 * the long way), and with its builder removed between builds (recreated).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import * as tarStream from 'tar-stream';
import { gantry, GantryRun } from './support/gantry';
import { registryPassword, testbed } from './support/testbed';
import { commitAll, fixtureRepo } from './support/fixture-repo';
import { blob, manifest } from './support/registry';
import { docker, outputs } from './support/image-search';

jest.setTimeout(900_000);

const COMMIT_TIME = 1_740_000_000;
const GO = '1.22';
let tb: Record<string, string>;
let repo: string;
let image: string;

function pushEnv(): Record<string, string> {
  return { GANTRY_REGISTRY_USERNAME: tb.GANTRY_TESTBED_REGISTRY_USER, GANTRY_REGISTRY_PASSWORD: registryPassword() };
}

function build(dir: string, mode: 'direct' | 'buildkit', tag: string, extra: string[] = []): Promise<GantryRun> {
  return gantry(['build', '--context', dir, '--image', image, '--tags', tag, '--go-version', GO, '--build-mode', mode, '--build-network', 'host', '--cache-dir', 'none', '--sbom=false', '--version-variable', 'main.version', ...extra], { env: pushEnv() });
}

function ok(run: GantryRun): GantryRun {
  if (run.code !== 0) throw new Error(`gantry failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

interface Entry { type: string; uid: number; gid: number; mode: string; size: number }

/** The image's file system as the registry holds it: every path with its type, owners and mode. */
async function filesOf(ref: string): Promise<Record<string, Entry>> {
  const m = await manifest(repo, ref);
  const files: Record<string, Entry> = {};
  for (const layer of m.layers) {
    const tar = zlib.gunzipSync(await blob(repo, layer.digest));
    await new Promise<void>((resolve, reject) => {
      const x = tarStream.extract();
      x.on('entry', (h, s, next) => {
        const name = h.name.replace(/^\.?\//, '').replace(/\/$/, '');
        if (name) files[name] = { type: h.type ?? 'file', uid: h.uid ?? -1, gid: h.gid ?? -1, mode: ((h.mode ?? 0) & 0o7777).toString(8), size: h.type === 'file' ? h.size ?? 0 : 0 };
        s.resume();
        s.on('end', next);
      });
      x.on('finish', () => resolve());
      x.on('error', reject);
      x.end(tar);
    });
  }
  return files;
}

async function configOf(ref: string): Promise<{ created: string; config: { User?: string; Entrypoint?: string[]; Labels?: Record<string, string>; Env?: string[] } }> {
  const m = await manifest(repo, ref);
  return JSON.parse((await blob(repo, m.config.digest)).toString('utf8'));
}

function builderNames(): string[] {
  return docker(['ps', '-a', '--filter', `label=org.gantry.builder.go-version=${GO}`, '--format', '{{.Names}}']).split('\n').filter(Boolean);
}

/** The package lines go build -v printed in a build's log (import paths under the build group). */
function compiledPackages(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^ {2}(example\.com\/hello\S*)$/.test(l)).map((l) => l.trim());
}

beforeAll(() => {
  tb = testbed();
  repo = `e2e/direct-${process.pid}`;
  image = `${tb.GANTRY_TESTBED_REGISTRY}/${repo}`;
});

afterAll(() => {
  // The builders this file made (the bed is shared: nothing of ours stays running).
  for (const name of builderNames()) docker(['rm', '-f', name]);
});

describe('the direct build path', () => {
  let hello: string;
  let direct: GantryRun;

  beforeAll(async () => {
    hello = fixtureRepo('examples/hello', COMMIT_TIME);
    direct = ok(await build(hello, 'direct', 'direct'));
  });

  test('gives the files, owners, modes and config of the BuildKit path', async () => {
    expect(direct.stdout).toContain('build path: direct (build_mode is direct)');
    const viaBuildKit = ok(await build(hello, 'buildkit', 'buildkit'));
    expect(viaBuildKit.stdout).toContain('build path: buildkit (because build_mode is buildkit)');
    const [a, b] = [await filesOf('direct'), await filesOf('buildkit')];
    const shape = (f: Record<string, Entry>) => Object.fromEntries(Object.entries(f).map(([p, e]) => [p, { type: e.type, uid: e.uid, gid: e.gid, mode: e.mode }]));
    expect(shape(a)).toEqual(shape(b));
    expect(a['usr/local/bin/hello']).toMatchObject({ type: 'file', uid: 0, gid: 0, mode: '755' });
    expect(Object.keys(a).filter((p) => p.startsWith('usr/share/zoneinfo/')).length).toBeGreaterThan(100);
    const [ca, cb] = [await configOf('direct'), await configOf('buildkit')];
    expect(ca.config.User).toBe(cb.config.User);
    expect(ca.config.Entrypoint).toEqual(cb.config.Entrypoint);
    expect(ca.config.Labels).toEqual(cb.config.Labels);
    expect(Date.parse(ca.created)).toBe(COMMIT_TIME * 1000);
    expect(Date.parse(cb.created)).toBe(COMMIT_TIME * 1000);
  });

  test('the same commit built twice gives one digest, nothing uploaded the second time', async () => {
    const again = ok(await build(hello, 'direct', 'direct'));
    expect(outputs(again.stdout).digest).toBe(outputs(direct.stdout).digest);
    // A warm build is one exec: what changed goes with the compile (nothing, here).
    expect(again.stdout).toMatch(/^sources: sent 0 file\(s\), 0 bytes \(\d+ in the context\) with the compile$/m);
  });


  test('a one-line edit sends one file and compiles one package', async () => {
    const file = path.join(hello, 'server.go');
    // Unique to this run: the compiler cache (a volume) outlives the run and would have the package.
    fs.appendFileSync(file, `\nvar edited = ${Date.now()} // one more line\n`);
    commitAll(hello, COMMIT_TIME + 60, 'one line');
    const edit = ok(await build(hello, 'direct', 'edit'));
    expect(edit.stdout).toMatch(/sources: sent 1 file\(s\), \d+ bytes \(\d+ in the context\) with the compile/);
    expect(compiledPackages(edit.stdout)).toEqual(['example.com/hello']);
    expect(outputs(edit.stdout).digest).not.toBe(outputs(direct.stdout).digest);
  });

  test('a work tree changed behind this machine\'s back is synced the long way, then one exec again', async () => {
    // Another machine (another record) built this work tree: its manifest is not the one recorded here.
    // Every Go builder of the engine (this file's uses build_network host; others may run beside it).
    for (const builder of builderNames()) docker(['exec', builder, 'sh', '-c', 'for f in /work/*/manifest.id; do [ -f "$f" ] && echo elsewhere > "$f"; done; true']);
    fs.appendFileSync(path.join(hello, 'server.go'), `\nvar elsewhere = ${Date.now()}\n`);
    commitAll(hello, COMMIT_TIME + 120, 'built elsewhere');
    const long = ok(await build(hello, 'direct', 'elsewhere'));
    expect(long.stdout).toMatch(/^sources: sent 1 file\(s\), \d+ bytes \(\d+ in the context\) in [0-9.]+s$/m);
    expect(compiledPackages(long.stdout)).toEqual(['example.com/hello']);
    const again = ok(await build(hello, 'direct', 'elsewhere'));
    expect(again.stdout).toMatch(/^sources: sent 0 file\(s\), 0 bytes \(\d+ in the context\) with the compile$/m);
    expect(outputs(again.stdout).digest).toBe(outputs(long.stdout).digest);
  });

  test('two builds of one service at once take turns in its work tree', async () => {
    const [a, b] = await Promise.all([build(hello, 'direct', 'twin-a'), build(hello, 'direct', 'twin-b')]);
    ok(a);
    ok(b);
    expect(outputs(a.stdout).digest).toBe(outputs(b.stdout).digest);
  });

  test('a builder removed during the compile is made again and the build retried once', async () => {
    // linux/arm64 has a compiler cache volume of its own: emptied, the cross-compile takes long enough to be cut.
    const volume = `gantry-gobuild-${GO}-linux-arm64`;
    const armBuilders = () => docker(['ps', '-a', '--filter', 'label=org.gantry.builder.platform=linux/arm64', '--format', '{{.Names}}']).split('\n').filter(Boolean);
    for (const n of armBuilders()) docker(['rm', '-f', n]);
    try {
      docker(['volume', 'rm', volume]);
    } catch {
      // not there yet
    }
    const running = build(hello, 'direct', 'cut', ['--platforms', 'linux/arm64']);
    let removed = '';
    const deadline = Date.now() + 300_000;
    while (!removed && Date.now() < deadline) {
      const name = armBuilders()[0];
      let top = '';
      try {
        top = name ? docker(['top', name, '-eo', 'pid,args']) : '';
      } catch {
        top = ''; // between its creation and its start
      }
      // The compiler itself, not the shell whose script names it.
      if (name && /^\s*\d+\s+(\S*\/)?go build /m.test(top)) {
        docker(['rm', '-f', name]);
        removed = name;
      } else await new Promise((r) => setTimeout(r, 200));
    }
    const run = ok(await running);
    expect(removed).not.toBe('');
    expect(run.stdout).toContain(`builder ${removed} was removed or stopped during the build`);
    expect(run.stdout).toMatch(/recreating it and retrying once/);
    for (const n of armBuilders()) docker(['rm', '-f', n]);
    docker(['volume', 'rm', volume]);
  });

  test('a builder removed between builds is made again', async () => {
    const names = builderNames();
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) docker(['rm', '-f', n]);
    const run = ok(await build(hello, 'direct', 'recreated'));
    expect(run.stdout).toMatch(new RegExp(`builder gantry-builder-${GO.replace('.', '\\.')}-linux-\\w+-[0-9a-f]{12}: created from golang:${GO.replace('.', '\\.')}`));
    // A new builder has an empty work tree: every file travels again, the caches (volumes) stay.
    expect(run.stdout).toMatch(/sources: sent [1-9]\d* file\(s\).*first build in this builder/);
    expect(builderNames().length).toBe(1);
  });
});
