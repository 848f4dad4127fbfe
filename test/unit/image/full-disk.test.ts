/**
 * A full disk (ENOSPC, injected into fs) or an unreadable file while gantry writes or reads the
 * user's files: one line naming the input, the file and the cause, and no half-written file or
 * folder left to be taken for a whole one.
 */
import * as fs from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { copyBinary, writeSha256Sums } from '../../../src/image/publish/binaries';
import { placeEntry } from '../../../src/image/cache/cache-dir';
import { UserError, fileCause, fileError } from '../../../src/errors';
import { readDockerfile } from '../../../src/image/plan/context-facts';

// fs as a plain object, so that a test can make one of its calls fail as a full disk does.
// (spied on the module object itself: an `import * as` namespace's getters cannot be redefined)
jest.mock('fs', () => ({ ...jest.requireActual('fs') }));
const raw = jest.requireMock<typeof fs>('fs');

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'gantry-full-'));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the causes read as words with their code; a UserError passes through', () => {
  expect(fileCause(enospc())).toBe('no space left on the device (ENOSPC)');
  expect(fileCause(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied (EACCES)');
  expect(fileCause(new Error('first\nsecond'))).toBe('first');
  const own = new UserError('kept');
  expect(fileError('sbom', 'write', 'f', own)).toBe(own);
});

test('binaries_dir: SHA256SUMS on a full disk names the input and the file; the previous one stays whole', () => {
  fs.writeFileSync(join(dir, 'SHA256SUMS'), `${'a'.repeat(64)}  old-linux-amd64\n`);
  const real = raw.writeFileSync;
  jest.spyOn(raw, 'writeFileSync').mockImplementation((file, data, opts) => {
    if (String(file).includes('SHA256SUMS')) {
      real(file, String(data).slice(0, 10));
      throw enospc();
    }
    return real(file, data, opts);
  });
  expect(() => writeSha256Sums(dir, [{ name: 'api-linux-amd64', sha256: 'b'.repeat(64), size: 1 }]))
    .toThrow(`input 'binaries_dir': cannot write '${join(dir, 'SHA256SUMS')}': no space left on the device (ENOSPC)`);
  jest.restoreAllMocks();
  expect(fs.readFileSync(join(dir, 'SHA256SUMS'), 'utf8')).toBe(`${'a'.repeat(64)}  old-linux-amd64\n`);
  expect(fs.readdirSync(dir)).toEqual(['SHA256SUMS']);
});

test('binaries_dir: a binary copied onto a full disk is not left half-written', () => {
  const src = join(dir, 'built');
  fs.writeFileSync(src, 'binary');
  const out = join(dir, 'out');
  jest.spyOn(raw, 'copyFileSync').mockImplementation((_from, to) => {
    fs.writeFileSync(to, 'bin');
    throw enospc();
  });
  expect(() => copyBinary(src, out, 'api-linux-amd64')).toThrow(`input 'binaries_dir': cannot write '${join(out, 'api-linux-amd64')}': no space left on the device (ENOSPC)`);
  expect(fs.readdirSync(out)).toEqual([]);
});

test('cache_dir: changed entries copied onto a full disk leave no half-updated entry (the next save writes it whole)', () => {
  const from = join(dir, 'staging');
  const to = join(dir, 'cache', 'gomod');
  fs.mkdirSync(from, { recursive: true });
  fs.mkdirSync(to, { recursive: true });
  fs.writeFileSync(join(from, 'new'), 'x');
  fs.writeFileSync(join(to, 'old'), 'y');
  jest.spyOn(raw, 'cpSync').mockImplementation(() => {
    fs.writeFileSync(join(to, 'new'), '');
    throw enospc();
  });
  expect(() => placeEntry(from, to, 'since')).toThrow(`input 'cache_dir': cannot write '${to}': no space left on the device (ENOSPC)`);
  expect(fs.existsSync(to)).toBe(false);
});
