import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { machineProbe, versionFile } from '../../../../src/image/host/machine-probe';

/** A fake GOROOT: bin/go (a script printing `go version` output) and, when given, a VERSION file. */
function goroot(version: string | undefined, reports: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gantry-goroot-'));
  fs.mkdirSync(path.join(root, 'bin'));
  fs.writeFileSync(path.join(root, 'bin/go'), `#!/bin/sh\necho "go version go${reports} linux/amd64"\n`, { mode: 0o755 });
  if (version !== undefined) fs.writeFileSync(path.join(root, 'VERSION'), version);
  return root;
}

describe('the Go version a toolchain folder states', () => {
  const roots: string[] = [];
  const make = (v: string | undefined, reports = '1.0.0') => {
    const r = goroot(v, reports);
    roots.push(r);
    return r;
  };
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

  it('is read from GOROOT/VERSION, through a symlink to bin/go', () => {
    const root = make('go1.22.12\ntime 2025-01-31T18:38:03Z\n');
    const link = path.join(root, 'go-link');
    fs.symlinkSync(path.join(root, 'bin/go'), link);
    expect(versionFile(path.join(root, 'bin/go'))).toBe('1.22.12');
    expect(versionFile(link)).toBe('1.22.12');
  });

  it.each([
    ['no VERSION file', undefined],
    ['a development build', 'devel go1.23-abcdef Mon Jan 1\n'],
    ['an empty file', ''],
  ])('is unknown with %s', (_what, v) => expect(versionFile(path.join(make(v), 'bin/go'))).toBeUndefined());

  it('spares running go when the file states it, and runs go otherwise or for a toolchain switch', async () => {
    const probe = machineProbe({ PATH: process.env.PATH });
    const stated = path.join(make('go1.22.12\n', '1.21.0'), 'bin/go');
    expect(await probe.version(stated, { GOTOOLCHAIN: 'local' })).toBe('1.22.12');
    expect(await probe.version(stated, { GOTOOLCHAIN: 'go1.23.0' })).toBe('1.21.0');
    expect(await probe.version(path.join(make(undefined, '1.21.3'), 'bin/go'), { GOTOOLCHAIN: 'local' })).toBe('1.21.3');
  });
});
