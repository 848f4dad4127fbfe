import { findBuildInfo, goPurl, parseModinfo, readGoBuildInfo } from '../../../src/supply-chain/go-buildinfo';

const SENTINEL_START = Buffer.from('3077af0c9274080241e1c107e6d618e6', 'hex');
const SENTINEL_END = Buffer.from('f932433186182072008242104116d8f2', 'hex');

function uvarint(n: number): Buffer {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}

/** A binary image with the Go 1.18+ inline build info at a 16-byte aligned offset, as the linker lays it out. */
function fakeBinary(goVersion: string, modinfo: string, lead = 4096, flags = 0x2): Buffer {
  const header = Buffer.alloc(32);
  Buffer.from('\xff Go buildinf:', 'latin1').copy(header);
  header[14] = 8;
  header[15] = flags;
  const mod = Buffer.concat([SENTINEL_START, Buffer.from(modinfo), SENTINEL_END]);
  const v = Buffer.from(goVersion);
  return Buffer.concat([Buffer.alloc(lead, 0x90), header, uvarint(v.length), v, uvarint(mod.length), mod, Buffer.alloc(64)]);
}

const MODINFO = [
  'path\texample.com/api/cmd/api',
  'mod\texample.com/api\t(devel)\t',
  'dep\texample.com/clock\tv0.3.0\th1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=',
  'dep\texample.com/greet\tv1.2.0\t',
  '=>\t../greet\t(devel)\t',
  'build\t-buildmode=exe',
  'build\t-compiler=gc',
  'build\t-ldflags="-s -w -X main.version=v1"',
  'build\t-trimpath=true',
  'build\tCGO_ENABLED=0',
  'build\tGOARCH=arm64',
  'build\tGOOS=linux',
  '',
].join('\n');

describe('Go build info', () => {
  test('reads the version and module text of an inline (Go 1.18+) build info', () => {
    const found = findBuildInfo(fakeBinary('go1.22.5', MODINFO));
    expect(found).toEqual({ goVersion: 'go1.22.5', modinfo: MODINFO });
  });

  test('skips a magic that is not 16-byte aligned, and finds none in other files', () => {
    expect(findBuildInfo(fakeBinary('go1.22.5', MODINFO, 4100))).toBeUndefined();
    expect(findBuildInfo(Buffer.from('#!/bin/sh\necho hi\n'))).toBeUndefined();
  });

  test('refuses the pointer form of Go before 1.18 with a clear message', () => {
    expect(() => findBuildInfo(fakeBinary('go1.17', MODINFO, 4096, 0))).toThrow(/older than 1.18/);
  });

  test('parses main module, dependencies, replacements and build settings', () => {
    const info = readGoBuildInfo(fakeBinary('go1.22.5', MODINFO));
    expect(info).toEqual({
      goVersion: 'go1.22.5',
      path: 'example.com/api/cmd/api',
      main: { path: 'example.com/api', version: '(devel)', sum: '' },
      deps: [
        { path: 'example.com/clock', version: 'v0.3.0', sum: 'h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' },
        { path: 'example.com/greet', version: 'v1.2.0', sum: '', replace: { path: '../greet', version: '(devel)', sum: '' } },
      ],
      settings: [
        ['-buildmode', 'exe'], ['-compiler', 'gc'], ['-ldflags', '-s -w -X main.version=v1'], ['-trimpath', 'true'],
        ['CGO_ENABLED', '0'], ['GOARCH', 'arm64'], ['GOOS', 'linux'],
      ],
    });
  });

  test.each([
    [{ path: 'example.com/clock', version: 'v0.3.0', sum: '' }, 'pkg:golang/example.com/clock@v0.3.0'],
    [{ path: 'github.com/Org/Repo/v2', version: 'v2.0.0+incompatible', sum: '' }, 'pkg:golang/github.com/Org/Repo/v2@v2.0.0%2Bincompatible'],
    [{ path: 'example.com/api', version: '(devel)', sum: '' }, 'pkg:golang/example.com/api'],
  ])('package URL of %o', (m, purl) => {
    expect(goPurl(m)).toBe(purl);
  });

  test('a module text without settings still parses', () => {
    expect(parseModinfo('go1.19', 'path\tcommand-line-arguments\n').deps).toEqual([]);
  });
});
