/**
 * The direct path's builder pool and its cache_dir side, driven through a scripted engine:
 * creating, reusing and replacing builders, races on the builder's name, pull failures, engine
 * failures that must not be read as "no builder", one restore per builder and run, and the
 * restore of cache_dir's folders into builder volumes (only where the stamps differ).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EngineApiError } from '../../../../src/engine/docker';
import { MemoryReporter } from '../../../../src/reporter';
import { UserError } from '../../../../src/errors';
import { BuilderPool } from '../../../../src/image/direct/builder';
import { BuilderCaches } from '../../../../src/image/direct/builder-cache';
import { BuilderKey, GOCACHE, MODCACHE, builderLabels, builderName, builderVolumes } from '../../../../src/image/direct/builder-key';
import { FakeEngine } from '../../support/fake-engine';

const KEY: BuilderKey = { image: 'golang:1.22', goVersion: '1.22', os: 'linux', arch: 'amd64', cgo: false, network: 'none', goproxy: '' };
const NAME = builderName(KEY);
const VOLS = builderVolumes(KEY);

let scratch: string;
beforeEach(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-builder-'));
});
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

function engineWithImage(): FakeEngine {
  const engine = new FakeEngine();
  engine.images.set(KEY.image, { Id: 'sha256:img' });
  return engine;
}

/** The calls of get() itself (it also starts reading the image's CA bundle and zoneinfo in the background). */
const ownCalls = (log: string[]) => log.filter((l) => !/^exec \S+ cat$|^getArchive /.test(l));

const pool = (engine: FakeEngine, reporter = new MemoryReporter(), hooks?: ConstructorParameters<typeof BuilderPool>[5]) =>
  new BuilderPool(engine, reporter, 30, 'linux/amd64', path.join(scratch, 'files'), hooks);

describe('BuilderPool.get', () => {
  test('no builder: volumes created, the container created with its labels, mounts and network, then started', async () => {
    const engine = engineWithImage();
    const b = await pool(engine).get(KEY);
    expect(b).toMatchObject({ name: NAME, imageId: 'sha256:img', newVolumes: [VOLS.mod, VOLS.build], created: true });
    expect(ownCalls(engine.log)).toEqual([
      `inspectContainer ${NAME}`, `inspectImage ${KEY.image}`,
      `volumeExists ${VOLS.mod}`, `createVolume ${VOLS.mod}`, `volumeExists ${VOLS.build}`, `createVolume ${VOLS.build}`,
      `createContainer ${NAME}`, `startContainer ${b.id}`, `inspectImage ${KEY.image}`,
    ]);
    const spec = engine.containers.get(b.id)?.spec;
    expect(spec?.Labels).toEqual(builderLabels(KEY));
    expect(spec?.HostConfig).toEqual({ AutoRemove: true, NetworkMode: 'none', Mounts: [{ Type: 'volume', Source: VOLS.mod, Target: MODCACHE }, { Type: 'volume', Source: VOLS.build, Target: GOCACHE }] });
  });

  test('volumes that exist are kept and not counted as new', async () => {
    const engine = engineWithImage();
    engine.volumes.add(VOLS.mod);
    const b = await pool(engine).get(KEY);
    expect(b.newVolumes).toEqual([VOLS.build]);
    expect(engine.log).not.toContain(`createVolume ${VOLS.mod}`);
  });

  test('a running builder of the same key is reused, nothing created', async () => {
    const engine = engineWithImage();
    const first = await pool(engine).get(KEY);
    engine.log.length = 0;
    const again = await pool(engine).get(KEY);
    expect(again).toEqual({ key: KEY, name: NAME, id: first.id, imageId: 'sha256:img', newVolumes: [] });
    expect(ownCalls(engine.log)).toEqual([`inspectContainer ${NAME}`]);
  });

  test('a stopped builder is replaced, and the run says so', async () => {
    const engine = engineWithImage();
    const first = await pool(engine).get(KEY);
    const c = engine.containers.get(first.id);
    if (c) c.State = { Running: false, Status: 'exited' };
    const reporter = new MemoryReporter();
    const b = await pool(engine, reporter).get(KEY);
    expect(b.id).not.toBe(first.id);
    expect(engine.log).toContain(`removeContainer ${NAME}`);
    expect(reporter.lines[0]).toBe(`builder ${NAME} is exited; replacing it`);
  });

  test('a container of that name with other labels is replaced', async () => {
    const engine = engineWithImage();
    const first = await pool(engine).get(KEY);
    const c = engine.containers.get(first.id);
    if (c) c.Config = { Labels: { ...builderLabels(KEY), 'org.gantry.builder.image': 'golang:1.21' } };
    const b = await pool(engine).get(KEY);
    expect(b.id).not.toBe(first.id);
  });

  test('concurrent callers share one builder (one create)', async () => {
    const engine = engineWithImage();
    const p = pool(engine);
    const [a, b] = await Promise.all([p.get(KEY), p.get(KEY)]);
    expect(a).toBe(b);
    expect(engine.log.filter((l) => l.startsWith('createContainer'))).toHaveLength(1);
  });

  test('a missing builder image is pulled for the engine platform; one that cannot be had is an input error naming go_version', async () => {
    const engine = new FakeEngine();
    engine.pullable.set(KEY.image, { Id: 'sha256:pulled' });
    expect((await pool(engine).get(KEY)).imageId).toBe('sha256:pulled');
    expect(engine.log).toContain(`pull ${KEY.image} linux/amd64`);

    const none = new FakeEngine();
    const err = await pool(none).get(KEY).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(`input 'go_version': the engine cannot get builder image '${KEY.image}' (pull access denied for ${KEY.image}, repository does not exist); expected a Go version whose builder image exists, or builder_image`);
  });

  test('another run made the builder at the same moment: theirs is used', async () => {
    const engine = engineWithImage();
    engine.failures.set('createContainer', [new EngineApiError(409, 'Conflict. The container name is already in use (HTTP 409)')]);
    // Theirs: running under the name by the time of the second inspect.
    const real = engine.inspectContainer.bind(engine);
    let inspects = 0;
    engine.inspectContainer = async (id) => {
      inspects++;
      if (inspects === 2) engine.containers.set('theirs', { Id: 'theirs', Image: 'sha256:img', name: NAME, spec: { Image: KEY.image }, State: { Running: true } });
      return real(id);
    };
    const b = await pool(engine).get(KEY);
    expect(b.id).toBe('theirs');
  });

  test('an engine failure on the first inspect fails get (it is not read as "no builder")', async () => {
    const engine = engineWithImage();
    engine.failures.set('inspectContainer', [new UserError('cannot reach the Docker engine at DOCKER_HOST=unix:///x (ECONNREFUSED); start the engine or set DOCKER_HOST')]);
    await expect(pool(engine).get(KEY)).rejects.toThrow(/^cannot reach the Docker engine/);
    expect(engine.log).toEqual([`inspectContainer ${NAME}`]);
  });

  test('a start that fails is one line naming the builder and its image', async () => {
    const engine = engineWithImage();
    engine.failures.set('startContainer', [new Error('OCI runtime create failed\nmore detail')]);
    await expect(pool(engine).get(KEY)).rejects.toThrow(new RegExp(`^cannot start builder ${NAME} from golang:1\\.22: OCI runtime create failed$`));
  });

  test('a failed get is forgotten: the next get tries again', async () => {
    const engine = engineWithImage();
    engine.failures.set('startContainer', [new Error('busy')]);
    const p = pool(engine);
    await expect(p.get(KEY)).rejects.toThrow();
    engine.containers.clear();
    await expect(p.get(KEY)).resolves.toMatchObject({ name: NAME });
  });
});

describe('BuilderPool.rootfsOf', () => {
  test('the runtime files are gantry\'s pinned ones, whatever the builder image holds: no engine call', async () => {
    const engine = engineWithImage();
    const p = pool(engine);
    const b = await p.get(KEY);
    engine.log.length = 0;
    const layers = await p.rootfsOf(b);
    expect(layers.certificates.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(layers.zoneinfo.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(engine.log).toEqual([]);
  });
});

describe('BuilderPool.prepare (cache_dir restore hook)', () => {
  test('once per builder and run, concurrent callers share it; restoring() waits for it', async () => {
    const engine = engineWithImage();
    let restores = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const p = pool(engine, new MemoryReporter(), { restore: async () => { restores++; await gate; }, expected: () => [], accept: () => undefined, drop: async () => undefined });
    const b = await p.get(KEY);
    const first = p.prepare(b);
    const second = p.prepare(b);
    let waited = false;
    const waiting = p.restoring(b).then(() => (waited = true));
    await Promise.resolve();
    expect(waited).toBe(false);
    release();
    await Promise.all([first, second, waiting]);
    expect(restores).toBe(1);
    expect(waited).toBe(true);
  });
});

describe('BuilderCaches.restore', () => {
  function cacheDir(stamps: Record<string, string>, name = 'cache'): string {
    const dir = path.join(scratch, name);
    for (const [id, stamp] of Object.entries(stamps)) {
      fs.mkdirSync(path.join(dir, id), { recursive: true });
      fs.writeFileSync(path.join(dir, id, '.gantry-stamp'), `${stamp}\n`);
      fs.writeFileSync(path.join(dir, id, 'entry'), `files of ${id}`);
    }
    return dir;
  }

  test('new volumes: no stamp probe; each folder with a stamp is copied in and stamped', async () => {
    const engine = engineWithImage();
    const b = await pool(engine).get(KEY);
    engine.log.length = 0;
    const reporter = new MemoryReporter();
    await new BuilderCaches(engine, reporter, cacheDir({ [VOLS.mod]: 's1', [VOLS.build]: 's2' }), 500, { PATH: process.env.PATH }).restore(b);
    expect(engine.log.filter((l) => l.startsWith('exec') && l.endsWith(' sh')).length).toBe(2);
    expect([...engine.archives.keys()].sort()).toEqual([`${b.id}:${GOCACHE}`, `${b.id}:${MODCACHE}`].sort());
    expect(engine.archives.get(`${b.id}:${MODCACHE}`)?.includes(Buffer.from(`files of ${VOLS.mod}`))).toBe(true);
    expect(reporter.lines[0]).toMatch(new RegExp(`^cache: restored .* MB from .* into builder volumes (${VOLS.mod}, ${VOLS.build}|${VOLS.build}, ${VOLS.mod}) in`));
  });

  test('volumes that hold the folder stamps already: probed once, nothing copied', async () => {
    const engine = engineWithImage();
    engine.volumes.add(VOLS.mod).add(VOLS.build);
    engine.execScript.push(({ cmd }) => (cmd[2]?.includes('gantry-stamp') && cmd.length === 6 ? { stdout: 'gantry-stamp s1\ngantry-stamp s2\n' } : undefined));
    const b = await pool(engine).get(KEY);
    engine.log.length = 0;
    await new BuilderCaches(engine, new MemoryReporter(), cacheDir({ [VOLS.mod]: 's1', [VOLS.build]: 's2' }), 500, { PATH: process.env.PATH }).restore(b);
    expect(engine.log).toEqual([`exec ${b.id} sh`]);
    expect(engine.archives.size).toBe(0);
  });

  test('one stamp differs: only that volume is copied; a failed copy is a warning, the build goes on', async () => {
    const engine = engineWithImage();
    engine.volumes.add(VOLS.mod).add(VOLS.build);
    engine.execScript.push(({ cmd }) => (cmd.length === 6 ? { stdout: 'gantry-stamp s1\ngantry-stamp old\n' } : undefined));
    const b = await pool(engine).get(KEY);
    const caches = new BuilderCaches(engine, new MemoryReporter(), cacheDir({ [VOLS.mod]: 's1', [VOLS.build]: 's2' }), 500, { PATH: process.env.PATH });
    await caches.restore(b);
    expect([...engine.archives.keys()]).toEqual([`${b.id}:${GOCACHE}`]);

    const other = engineWithImage();
    other.failures.set('putArchive', [new Error('no space left on device')]);
    const b2 = await pool(other).get(KEY);
    const reporter = new MemoryReporter();
    await new BuilderCaches(other, reporter, cacheDir({ [VOLS.mod]: 's1' }, 'cache-2'), 500, { PATH: process.env.PATH }).restore(b2);
    expect(reporter.lines).toEqual([expect.stringMatching(new RegExp(`^warning: cache: could not restore .*${VOLS.mod} into builder volume ${VOLS.mod} \\(no space left on device\\); building without it$`))]);
  });

  test('a second restore of the same builder does nothing; a dropped build cache is emptied once', async () => {
    const engine = engineWithImage();
    const b = await pool(engine).get(KEY);
    const caches = new BuilderCaches(engine, new MemoryReporter(), cacheDir({ [VOLS.build]: 's2' }), 500, { PATH: process.env.PATH });
    await caches.restore(b);
    engine.log.length = 0;
    await caches.restore(b);
    expect(engine.log).toEqual([]);
    expect(await caches.dropRestoredBuildCache(b)).toBe(path.join(scratch, 'cache'));
    expect(engine.log).toEqual([`exec ${b.id} sh`]);
    expect(await caches.dropRestoredBuildCache(b)).toBeUndefined();
  });
});
