import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import * as tarStream from 'tar-stream';
import { diffManifests, localManifest, manifestId, modulesChanged, parseManifest, readTreeRecord, syncTar, treeRecordFile, writeTreeRecord } from '../../../../src/image/direct/source-sync';

function tmpTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-sync-'));
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return dir;
}

function entries(tar: NodeJS.ReadableStream): Promise<Array<{ name: string; body: string }>> {
  return new Promise((resolve, reject) => {
    const out: Array<{ name: string; body: string }> = [];
    const x = tarStream.extract();
    x.on('entry', (h, s, next) => {
      const chunks: Buffer[] = [];
      s.on('data', (c: Buffer) => chunks.push(c));
      s.on('end', () => {
        out.push({ name: h.name, body: Buffer.concat(chunks).toString('utf8') });
        next();
      });
    });
    x.on('finish', () => resolve(out));
    x.on('error', reject);
    tar.pipe(x);
  });
}

describe('source sync', () => {
  test('diff: changed and new files are sent, gone ones deleted, equal ones left', () => {
    const d = diffManifests({ 'a.go': '644:1', 'b.go': '644:2', 'old.go': '644:3' }, { 'a.go': '644:1', 'b.go': '644:9', 'new.go': '644:4' });
    expect(d).toEqual({ changed: ['b.go', 'new.go'], deleted: ['old.go'] });
    expect(diffManifests({}, { 'z.go': '1', 'a.go': '2' }).changed).toEqual(['a.go', 'z.go']);
    expect(diffManifests({ 'a.go': '644:1' }, { 'a.go': '755:1' }).changed).toEqual(['a.go']);
  });

  test('go.mod or go.sum changes (of any module) download modules', () => {
    expect(modulesChanged({ changed: ['main.go'], deleted: [] })).toBe(false);
    expect(modulesChanged({ changed: ['go.sum'], deleted: [] })).toBe(true);
    expect(modulesChanged({ changed: [], deleted: ['lib/go.mod'] })).toBe(true);
    expect(modulesChanged({ changed: ['notgo.mod'], deleted: [] })).toBe(false);
  });

  test('a manifest read back that is not one sends everything', () => {
    expect(parseManifest('')).toEqual({});
    expect(parseManifest('[1]')).toEqual({});
    expect(parseManifest('{"a.go":"644:x","b":3}')).toEqual({ 'a.go': '644:x' });
  });

  test('the local manifest honours .dockerignore and the exclusions, as the build context does', () => {
    const dir = tmpTree({ 'main.go': 'package main', '.dockerignore': 'tmp/\n*.log\n', 'tmp/x.go': 'x', 'app.log': 'l', '.git/HEAD': 'ref', 'pkg/a/a.go': 'package a' });
    fs.chmodSync(path.join(dir, 'main.go'), 0o755);
    const m = localManifest(dir, ['.git']);
    expect(Object.keys(m).sort()).toEqual(['.dockerignore', 'main.go', 'pkg/a/a.go']);
    expect(m['main.go']).toMatch(/^755:[0-9a-f]{64}$/);
    expect(m['pkg/a/a.go']).toMatch(/^644:/);
  });

  test('a one-line edit sends one file; the tar carries it, the deletions and the new manifest', async () => {
    const dir = tmpTree({ 'main.go': 'package main\n', 'pkg/a/a.go': 'package a\n', 'pkg/b/b.go': 'package b\n' });
    const before = localManifest(dir, []);
    fs.writeFileSync(path.join(dir, 'pkg/a/a.go'), 'package a\n// edited\n');
    fs.rmSync(path.join(dir, 'pkg/b/b.go'));
    const after = localManifest(dir, []);
    const diff = diffManifests(before, after);
    expect(diff).toEqual({ changed: ['pkg/a/a.go'], deleted: ['pkg/b/b.go'] });
    const { tar, bytes } = await syncTar(dir, after, diff);
    expect(bytes).toBe('package a\n// edited\n'.length);
    const got = await entries(Readable.from([tar]));
    expect(got.map((e) => e.name)).toEqual(['src/pkg/a/a.go', 'deleted.next', 'manifest.next', 'manifest.id.next']);
    expect(got[1].body).toBe('pkg/b/b.go\0');
    expect(JSON.parse(got[2].body)).toEqual(after);
    expect(got[3].body).toBe(`${manifestId(after)}\n`);
    expect(manifestId(after)).not.toBe(manifestId(before));
  });
});

describe('work tree records (what this machine last put in a builder\'s work tree)', () => {
  test('a record is read back as written, per builder container and work tree', () => {
    const files = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-records-'));
    try {
      const dir = path.join(files, 'builder-files');
      const a = treeRecordFile(dir, 'a'.repeat(64), 'hello-0123456789');
      const b = treeRecordFile(dir, 'b'.repeat(64), 'hello-0123456789');
      expect(a).not.toBe(b);
      expect(path.dirname(a)).toBe(path.join(files, 'work-trees'));
      expect(readTreeRecord(a)).toBeUndefined();
      const manifest = { 'main.go': `644:${'0'.repeat(64)}`, 'a/a.go': `644:${'1'.repeat(64)}` };
      writeTreeRecord(a, manifest);
      expect(readTreeRecord(a)).toEqual(manifest);
      // The id the one-exec build expects in the work tree is the read-back manifest's: key order kept.
      expect(manifestId(readTreeRecord(a) ?? {})).toBe(manifestId(manifest));
      expect(readTreeRecord(b)).toBeUndefined();
    } finally {
      fs.rmSync(files, { recursive: true, force: true });
    }
  });

  test('a damaged record is none (the build syncs the long way); records a week old are removed', () => {
    const files = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-records-'));
    try {
      const dir = path.join(files, 'builder-files');
      const old = treeRecordFile(dir, 'c'.repeat(64), 'svc-1');
      const fresh = treeRecordFile(dir, 'd'.repeat(64), 'svc-1');
      fs.mkdirSync(path.dirname(old), { recursive: true });
      fs.writeFileSync(old, '{"main.go": 3');
      expect(readTreeRecord(old)).toBeUndefined();
      fs.writeFileSync(old, JSON.stringify({ 'x.go': '644:x' }));
      const weekAgo = (Date.now() - 8 * 86400_000) / 1000;
      fs.utimesSync(old, weekAgo, weekAgo);
      writeTreeRecord(fresh, { 'y.go': '644:y' });
      expect(fs.existsSync(old)).toBe(false);
      expect(readTreeRecord(fresh)).toEqual({ 'y.go': '644:y' });
    } finally {
      fs.rmSync(files, { recursive: true, force: true });
    }
  });
});
