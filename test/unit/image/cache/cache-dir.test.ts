import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CacheEntry, cacheMountsFor, extractDockerfile, injectDockerfile, parseStamps, probeDockerfile, pruneCacheDir, pruneChoice, uniqueMounts, STAMP,
  folderStamps, recordSizes, sizesAfterAdding,
} from '../../../../src/image/cache/cache-dir';
import { cacheIds } from '../../../../src/image/plan/dockerfile';
import { folderTar } from '../../../../src/image/cache/folder-tar';
import * as tarStream from 'tar-stream';

describe('cache mounts of a build', () => {
  test('the ids are the generated Dockerfile\'s: a module cache per Go version, a compiler cache per version and platform', () => {
    const ids = cacheIds('1.22', 'linux', 'arm64', false);
    expect(cacheMountsFor('1.22', 'linux', 'arm64', false, false)).toEqual([{ id: ids.mod, kind: 'mod' }, { id: ids.build, kind: 'build' }]);
  });

  test('a vendored build has no module cache', () => {
    expect(cacheMountsFor('1.19', 'linux', 'amd64', false, true).map((m) => m.kind)).toEqual(['build']);
  });

  test('services on one Go version share its module cache', () => {
    const mounts = uniqueMounts([...cacheMountsFor('1.22', 'linux', 'amd64', false, false), ...cacheMountsFor('1.22', 'linux', 'arm64', false, false), ...cacheMountsFor('1.24', 'linux', 'amd64', false, false)]);
    expect(mounts.map((m) => m.id)).toEqual(['gantry-gomod-1.22', 'gantry-gobuild-1.22-linux-amd64', 'gantry-gobuild-1.22-linux-arm64', 'gantry-gomod-1.24', 'gantry-gobuild-1.24-linux-amd64']);
  });
});

describe('helper Dockerfiles', () => {
  const mounts = cacheMountsFor('1.22', 'linux', 'amd64', false, false);

  test.each([
    ['probe', probeDockerfile('golang:1.22', mounts)],
    ['inject', injectDockerfile('golang:1.22', mounts)],
    ['extract', extractDockerfile('golang:1.22', mounts.map((m) => ({ ...m, mode: 'since' as const })), 'abc123')],
  ])('%s mounts every cache by its id, runs on a nonce, pulls nothing', (_name, df) => {
    for (const m of mounts) expect(df).toContain(`--mount=type=cache,id=${m.id},target=/gantry-cache/${m.id}`);
    expect(df).toMatch(/^ARG GANTRY_NONCE$/m);
    expect(df).not.toMatch(/^# syntax=/m);
  });

  test('inject binds the cache folder and touches the stamp with the engine\'s clock', () => {
    const df = injectDockerfile('golang:1.22', mounts);
    expect(df).toContain('--mount=type=bind,target=/in');
    expect(df).toContain(`cp -a /in/$id/. /gantry-cache/$id/; touch /gantry-cache/$id/${STAMP}`);
  });

  test('extract copies only what changed since the stamp, or everything, into a scratch image', () => {
    const df = extractDockerfile('golang:1.22', [{ ...mounts[0], mode: 'full' }, { ...mounts[1], mode: 'since' }], 'abc123');
    expect(df).toContain('for pair in gantry-gomod-1.22:full gantry-gobuild-1.22-linux-amd64:since;');
    expect(df).toContain(`find . -newer ${STAMP}`);
    expect(df).toContain(`echo abc123 > ${STAMP}`);
    expect(df).toContain('chmod -R u+w $o');
    expect(df).toMatch(/^FROM scratch\nCOPY --from=extract \/gantry-out \/gantry-out$/m);
  });

  test('ids that are not plain words are refused (they reach a shell)', () => {
    expect(() => probeDockerfile('golang:1.22', [{ id: 'x; rm -rf /', kind: 'build' }])).toThrow(/not a cache id/);
  });
});

test('the probe\'s stamps are read from its output', () => {
  const logs = 'gantry-stamp gantry-gomod-1.22 0f3a\ngantry-stamp gantry-gobuild-1.22-linux-amd64 \nother line\n';
  expect([...parseStamps(logs)]).toEqual([['gantry-gomod-1.22', '0f3a'], ['gantry-gobuild-1.22-linux-amd64', '']]);
});

describe('pruning', () => {
  const e = (file: string, size: number, mtimeMs: number): CacheEntry => ({ file, size, mtimeMs });

  test.each<[string, CacheEntry[], number, number, string[]]>([
    ['under the limit: nothing', [e('a', 10, 1), e('b', 10, 2)], 0, 100, []],
    ['no limit: nothing', [e('a', 10, 1)], 1000, 0, []],
    ['oldest first until it fits', [e('new', 40, 3), e('old', 40, 1), e('mid', 40, 2)], 0, 90, ['old']],
    ['modules count but are never chosen', [e('x', 50, 1), e('y', 50, 2)], 80, 100, ['x', 'y']],
    ['stamp, README and trim.txt stay', [e(`d/${STAMP}`, 5, 0), e('d/README', 5, 0), e('d/trim.txt', 5, 0), e('d/00/a-d', 50, 1)], 0, 10, ['d/00/a-d']],
  ])('%s', (_name, build, other, max, victims) => {
    expect(pruneChoice(build, other, max).map((v) => v.file)).toEqual(victims);
  });

  test('prunes the compiler cache folders on disk, never the module cache', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-prune-'));
    const put = (rel: string, size: number, age: number) => {
      const f = path.join(dir, rel);
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, Buffer.alloc(size));
      const t = new Date(Date.now() - age * 1000);
      fs.utimesSync(f, t, t);
    };
    put('gantry-gomod-1.22/example.com/m@v1.0.0/m.go', 600_000, 500);
    put('gantry-gobuild-1.22-linux-amd64/00/old-d', 600_000, 300);
    put('gantry-gobuild-1.22-linux-amd64/01/new-d', 600_000, 10);
    const r = pruneCacheDir(dir, 1_500_000);
    expect(r.prunedFiles).toBe(1);
    expect(fs.existsSync(path.join(dir, 'gantry-gobuild-1.22-linux-amd64/00/old-d'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'gantry-gobuild-1.22-linux-amd64/01/new-d'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'gantry-gomod-1.22/example.com/m@v1.0.0/m.go'))).toBe(true);
    expect(r).toMatchObject({ totalBytes: 1_200_000, moduleBytes: 600_000, prunedBytes: 600_000 });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the folder\'s recorded sizes', () => {
  function folder(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-sizes-'));
    for (const [id, stamp, bytes] of [['gantry-gomod-1.22', 'm1', 1000], ['gantry-gobuild-1.22-linux-amd64', 'b1', 5000]] as const) {
      fs.mkdirSync(path.join(dir, id, 'aa'), { recursive: true });
      fs.writeFileSync(path.join(dir, id, STAMP), `${stamp}\n`);
      fs.writeFileSync(path.join(dir, id, 'aa', 'f'), Buffer.alloc(bytes));
    }
    return dir;
  }

  test('a walk records the sizes; files added since are added to them without another walk', () => {
    const dir = folder();
    const walked = pruneCacheDir(dir, 0);
    const before = folderStamps(dir);
    expect(before).toEqual({ 'gantry-gomod-1.22': 'm1', 'gantry-gobuild-1.22-linux-amd64': 'b1' });
    fs.writeFileSync(path.join(dir, 'gantry-gobuild-1.22-linux-amd64', STAMP), 'b2\n');
    const after = sizesAfterAdding(dir, before, { 'gantry-gobuild-1.22-linux-amd64': 700 }, 0);
    expect(after).toEqual({ totalBytes: walked.totalBytes + 700, moduleBytes: walked.moduleBytes, prunedBytes: 0, prunedFiles: 0 });
    recordSizes(dir, after as NonNullable<typeof after>);
    expect(sizesAfterAdding(dir, folderStamps(dir), { 'gantry-gomod-1.22': 10 }, 0)?.moduleBytes).toBe(walked.moduleBytes + 10);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('another writer (a stamp not the recorded one), no record, or an estimate over the limit: walk again', () => {
    const dir = folder();
    expect(sizesAfterAdding(dir, folderStamps(dir), {}, 0)).toBeUndefined();
    pruneCacheDir(dir, 0);
    fs.writeFileSync(path.join(dir, 'gantry-gomod-1.22', STAMP), 'other\n');
    expect(sizesAfterAdding(dir, folderStamps(dir), {}, 0)).toBeUndefined();
    pruneCacheDir(dir, 0);
    expect(sizesAfterAdding(dir, folderStamps(dir), { 'gantry-gobuild-1.22-linux-amd64': 10 }, 6000)).toBeUndefined();
    expect(sizesAfterAdding(dir, folderStamps(dir), { 'gantry-gobuild-1.22-linux-amd64': 10 }, 7000)?.totalBytes).toBeGreaterThan(6000);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('a cache folder as a tar stream', () => {
  test('every file under ./, owned by root, and the bytes that went through counted', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-foldertar-'));
    fs.mkdirSync(path.join(dir, 'ab'));
    fs.writeFileSync(path.join(dir, 'ab', 'x-d'), 'compiled');
    fs.writeFileSync(path.join(dir, STAMP), 's1\n');
    const tar = folderTar(dir, { PATH: process.env.PATH });
    const names: Array<{ name: string; uid?: number; gid?: number }> = [];
    const extract = tarStream.extract();
    extract.on('entry', (h, s, next) => {
      names.push({ name: h.name.replace(/^\.\//, ''), uid: h.uid, gid: h.gid });
      s.resume();
      s.on('end', next);
    });
    await new Promise<void>((resolve, reject) => {
      extract.on('finish', () => resolve());
      extract.on('error', reject);
      tar.stream.pipe(extract);
    });
    const files = names.filter((n) => n.name && !n.name.endsWith('/') && n.name !== '.' && n.name !== 'ab');
    expect(files.map((n) => n.name).sort()).toEqual([STAMP, 'ab/x-d']);
    expect(names.every((n) => n.uid === 0 && n.gid === 0)).toBe(true);
    expect(tar.bytes()).toBeGreaterThanOrEqual(3 * 512);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a folder that cannot be read ends the stream with an error', async () => {
    const tar = folderTar(path.join(os.tmpdir(), `gantry-missing-${process.pid}`), { PATH: process.env.PATH });
    await expect(new Promise((resolve, reject) => {
      tar.stream.on('error', reject);
      tar.stream.on('end', resolve);
      tar.stream.resume();
    })).rejects.toThrow();
  });
});
