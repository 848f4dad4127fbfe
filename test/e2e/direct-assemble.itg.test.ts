/**
 * Images assembled without a BuildKit solve: examples/hello's binary (taken out of the image the
 * BuildKit path builds of the same commit) on scratch, on debian-slim from the engine and on
 * debian-slim mounted from the registry; pushed straight to the bed's registry, pulled and run on
 * the engine (it answers), loaded into the engine when not pushed, and compared with the BuildKit
 * image: the same files, owners, modes and config. A second assemble uploads nothing.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readTarEntries } from '../../src/image/buildkit/export-files';
import { Engine } from '../../src/engine/docker';
import { parseInputs } from '../../src/inputs';
import { MemoryReporter } from '../../src/reporter';
import { buildSpecOf } from '../../src/image/read-build-spec';
import { readBuildFacts } from '../../src/image/plan/build-facts';
import { BuildPlan, planBuild } from '../../src/image/plan/build-plan';
import { nodePlatform } from '../../src/image/plan/platforms';
import { layerCacheDir } from '../../src/image/direct/base-image';
import { AssembledResult, assembleAndPublish } from '../../src/image/direct/assemble';
import { RootfsLayers } from '../../src/image/direct/layers';
import { runtimeFileLayers } from '../../src/image/runtime-files/runtime-files';
import { gantry } from './support/gantry';
import { fixtureRepo } from './support/fixture-repo';
import { registryPassword, testbed } from './support/testbed';
import { manifestDigest } from './support/registry';

jest.setTimeout(Number(process.env.GANTRY_TEST_TIMEOUT ?? 600_000));

const COMMIT_TIME = 1_737_000_000;
let tb: Record<string, string>;
let engine: Engine;
let dir: string;
// gantry's pinned runtime files: what every path (BuildKit, direct, host) puts in an image.
let rootfs: RootfsLayers;
const cleanup: string[] = [];
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-direct-'));

interface Entry {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  linkname: string;
  body: Buffer;
}

async function readTar(tar: NodeJS.ReadableStream | Buffer): Promise<Entry[]> {
  return (await readTarEntries(tar)).map(({ header: h, body }) => ({ name: h.name, type: h.type as string, mode: h.mode as number, uid: h.uid as number, gid: h.gid as number, uname: h.uname as string, gname: h.gname as string, mtime: (h.mtime as Date).getTime() / 1000, linkname: h.linkname ?? '', body }));
}

/** An image as the engine saves it: its config and each layer's entries. */
async function savedImage(ref: string): Promise<{ config: Record<string, unknown>; configText: string; layers: Entry[][] }> {
  const files = await readTar(await engine.save(ref));
  const byName = new Map(files.map((f) => [f.name, f.body]));
  const manifest = JSON.parse((byName.get('manifest.json') as Buffer).toString()) as Array<{ Config: string; Layers: string[] }>;
  const configText = (byName.get(manifest[0].Config) as Buffer).toString();
  const layers: Entry[][] = [];
  for (const l of manifest[0].Layers) layers.push(await readTar(byName.get(l) as Buffer));
  return { config: JSON.parse(configText) as Record<string, unknown>, configText, layers };
}

/** name type mode uid:gid uname:gname [mtime] -> link, one line an entry: what the comparison looks at. */
function listing(layers: Entry[][], withTimes: boolean): string[] {
  return layers.map((entries) => entries.map((e) => `${e.name} ${e.type} ${e.mode.toString(8)} ${e.uid}:${e.gid} ${e.uname}:${e.gname}${withTimes ? ` ${e.mtime}` : ''}${e.linkname ? ` -> ${e.linkname}` : ''}`).join('\n'));
}

function docker(args: string[], input?: Buffer): Buffer {
  return execFileSync('docker', args, { env: { ...process.env, DOCKER_HOST: tb.DOCKER_HOST }, input, maxBuffer: 256 * 1024 * 1024 });
}


async function planFor(repository: string, runtime: string): Promise<BuildPlan> {
  const inputs = parseInputs({ context: dir, image: repository, runtime_image: runtime, cache_dir: 'none', version_variable: 'main.version' });
  const service = buildSpecOf(inputs, process.env, 'build').services[0];
  const native = nodePlatform();
  return planBuild(service, await readBuildFacts(service, process.env, native, native));
}

/** The BuildKit path's image of the commit (not pushed), saved, and its binary written to a file. */
async function buildkitImage(repository: string, runtime: string): Promise<{ saved: Awaited<ReturnType<typeof savedImage>>; binary: string }> {
  const run = await gantry(['build', '--context', dir, '--image', repository, '--runtime-image', runtime, '--push=false', '--build-network', 'none', '--cache-dir', 'none', '--version-variable', 'main.version', '--build-mode', 'buildkit']);
  expect(run.stderr + run.stdout).toMatch(/built sha256:/);
  const ref = `${repository}:${COMMIT_TIME}`;
  cleanup.push(repository);
  const saved = await savedImage(ref);
  const top = saved.layers[saved.layers.length - 1];
  const bin = top.find((e) => e.name === 'usr/local/bin/hello') as Entry;
  const binary = path.join(work, `hello-${runtime.replace(/[^a-z0-9]/g, '-')}`);
  fs.writeFileSync(binary, bin.body, { mode: 0o755 });
  return { saved, binary };
}

async function assemble(plan: BuildPlan, binary: string, push: boolean, reporter = new MemoryReporter()): Promise<AssembledResult> {
  const result = await assembleAndPublish({
    plan,
    platform: nodePlatform(),
    commitTime: COMMIT_TIME,
    binary,
    rootfs,
    reporter,
    layerCacheDir: layerCacheDir(process.env),
    engine,
    registry: { username: tb.GANTRY_TESTBED_REGISTRY_USER, password: registryPassword() },
    push,
  });
  console.info(`${plan.repository} (${plan.runtime.image}, push ${push}): ${JSON.stringify(result)}\n${reporter.lines.join('\n')}`);
  return result;
}

/** Pulls the pushed image into the engine (credentials in the API header) and runs it: it must answer. */
async function pullAndRun(ref: string): Promise<string> {
  await engine.removeImage(ref, { force: true });
  await engine.pull(ref, undefined, { username: tb.GANTRY_TESTBED_REGISTRY_USER, password: registryPassword(), serveraddress: tb.GANTRY_TESTBED_REGISTRY });
  const port = 20000 + (process.pid % 20000);
  const id = docker(['run', '-d', '--network', 'host', '-e', `PORT=${port}`, ref]).toString().trim();
  try {
    for (let i = 0; i < 50; i++) {
      try {
        return await (await fetch(`http://127.0.0.1:${port}/`)).text();
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    throw new Error(`no answer from ${ref}: ${docker(['logs', id]).toString()}`);
  } finally {
    docker(['rm', '-f', id]);
  }
}

/** The assembled image against the BuildKit one: every layer's entries and the config. */
function compare(direct: Awaited<ReturnType<typeof savedImage>>, buildkit: Awaited<ReturnType<typeof savedImage>>): void {
  expect(direct.layers.length).toBe(buildkit.layers.length);
  // Names, types, modes, owners and link targets everywhere; times too, except the binary layer's:
  // BuildKit's cache keeps the time of the first build of that binary's content.
  const last = direct.layers.length - 1;
  expect(listing(direct.layers.slice(0, last), true)).toEqual(listing(buildkit.layers.slice(0, last), true));
  expect(listing(direct.layers.slice(last), false)).toEqual(listing(buildkit.layers.slice(last), false));
  expect(direct.layers[last].every((e) => e.mtime === COMMIT_TIME)).toBe(true);
  for (const [i, layer] of direct.layers.entries()) {
    expect(layer.map((e) => e.body.toString('base64'))).toEqual(buildkit.layers[i].map((e) => e.body.toString('base64')));
  }
  const strip = (c: Record<string, unknown>) => ({ ...c, rootfs: { ...(c.rootfs as object), diff_ids: (c.rootfs as { diff_ids: string[] }).diff_ids.slice(0, -1) } });
  expect(strip(direct.config)).toEqual(strip(buildkit.config));
}

beforeAll(async () => {
  tb = testbed();
  process.env.DOCKER_HOST = tb.DOCKER_HOST;
  engine = new Engine(() => undefined, process.env);
  dir = fixtureRepo('examples/hello', COMMIT_TIME);
  rootfs = await runtimeFileLayers();
});

afterAll(async () => {
  for (const repository of cleanup) {
    // Only this test's tags go: an image id may also carry other tags (the base's, another test's build of one commit).
    const images = await engine.listImages(repository);
    for (const img of images) for (const tag of (img.RepoTags ?? []).filter((t) => t.startsWith(`${repository}:`))) await engine.removeImage(tag);
  }
  fs.rmSync(work, { recursive: true, force: true });
});

const registryRepo = (name: string) => `${tb.GANTRY_TESTBED_REGISTRY}/e2e/direct-${name}-${process.pid}`;

test('scratch: pushed without a solve, runs, equals the BuildKit image; the same commit again uploads nothing', async () => {
  const buildkit = await buildkitImage(registryRepo('bk-scratch'), 'scratch');
  const repository = registryRepo('scratch');
  const plan = await planFor(repository, 'scratch');
  const first = await assemble(plan, buildkit.binary, true);
  expect(first.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(first.unchanged).toBe(false);
  expect(first.bytesUploaded).toBeGreaterThan(1_000_000);
  const repoPath = repository.slice(tb.GANTRY_TESTBED_REGISTRY.length + 1);
  for (const tag of plan.tags) expect(await manifestDigest(repoPath, tag)).toBe(first.digest);

  const again = await assemble(plan, buildkit.binary, true);
  expect(again.digest).toBe(first.digest);
  expect(again.imageId).toBe(first.imageId);
  expect(again.bytesUploaded).toBe(0);
  expect(again.unchanged).toBe(true);

  cleanup.push(repository);
  const answer = JSON.parse(await pullAndRun(`${repository}:${COMMIT_TIME}`)) as { service: string };
  expect(answer.service).toBe('hello');
  const pulled = await engine.inspectImage(`${repository}:${COMMIT_TIME}`);
  expect(pulled?.Id).toBe(first.imageId);
  compare(await savedImage(`${repository}:${COMMIT_TIME}`), buildkit.saved);

  // A one-line change: a new binary; only its layer, the config and the manifest go up.
  const changed = path.join(work, 'hello-changed');
  fs.writeFileSync(changed, Buffer.concat([fs.readFileSync(buildkit.binary), Buffer.from('one more line')]), { mode: 0o755 });
  const edit = await assemble(plan, changed, true);
  expect(edit.digest).not.toBe(first.digest);
  expect(edit.unchanged).toBe(false);
  expect(edit.bytesUploaded).toBeLessThan(fs.statSync(changed).size);
  console.info(`one-line change: ${edit.bytesUploaded} bytes uploaded (binary layer, config and manifest under ${plan.tags.length} tag(s)); timings ${JSON.stringify(edit.seconds)}`);
});

test('debian-slim from the engine: compressed once, pushed, runs, equals the BuildKit image; not pushed: loaded under the plan\'s tags', async () => {
  const buildkit = await buildkitImage(registryRepo('bk-debian'), 'debian-slim');
  const repository = registryRepo('debian');
  const plan = await planFor(repository, 'debian-slim');
  const pushed = await assemble(plan, buildkit.binary, true);
  expect(pushed.digest).toMatch(/^sha256:/);
  const again = await assemble(plan, buildkit.binary, true);
  expect(again.digest).toBe(pushed.digest);
  expect(again.bytesUploaded).toBe(0);
  expect(again.unchanged).toBe(true);
  cleanup.push(repository);
  expect(JSON.parse(await pullAndRun(`${repository}:${COMMIT_TIME}`))).toMatchObject({ service: 'hello' });
  compare(await savedImage(`${repository}:${COMMIT_TIME}`), buildkit.saved);

  // push: false loads the same image (its id is the config digest) under every reference of the plan.
  await engine.removeImage(`${repository}:${COMMIT_TIME}`, { force: true });
  const loaded = await assemble(plan, buildkit.binary, false);
  expect(loaded.digest).toBe('');
  expect(loaded.imageId).toBe(pushed.imageId);
  for (const ref of plan.references) expect((await engine.inspectImage(ref))?.Id).toBe(pushed.imageId);
});

test('debian-slim in the same registry: its layers are mounted across repositories, never uploaded', async () => {
  const base = registryRepo('base');
  docker(['tag', 'debian:bookworm-slim', `${base}:bookworm-slim`]);
  cleanup.push(base);
  const auth = { username: tb.GANTRY_TESTBED_REGISTRY_USER, password: registryPassword(), serveraddress: tb.GANTRY_TESTBED_REGISTRY };
  await engine.push(base, 'bookworm-slim', auth, () => undefined);
  const buildkit = await buildkitImage(registryRepo('bk-debian'), 'debian-slim');
  const repository = registryRepo('mounted');
  const plan = await planFor(repository, `${base}:bookworm-slim`);
  const reporter = new MemoryReporter();
  const pushed = await assemble(plan, buildkit.binary, true, reporter);
  expect(reporter.lines.join('\n')).toMatch(/base layer 1: mounted from e2e\/direct-base-/);
  // Only the image's own layers and config were sent: the base layer (tens of MB) was mounted.
  expect(pushed.bytesUploaded).toBeLessThan(5_000_000);
  cleanup.push(repository);
  expect(JSON.parse(await pullAndRun(`${repository}:${COMMIT_TIME}`))).toMatchObject({ service: 'hello' });
});
