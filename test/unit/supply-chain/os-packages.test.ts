import { parseApkInstalled, parseDpkgStatus, parseOsRelease, parsePackageDatabase } from '../../../src/supply-chain/os-packages';

const DPKG = `Package: libc6
Status: install ok installed
Priority: optional
Architecture: amd64
Multi-Arch: same
Source: glibc
Version: 2.36-9+deb12u7
Description: GNU C Library: Shared libraries
 Contains the standard libraries that are used by nearly all programs on
 the system.

Package: base-files
Status: install ok installed
Architecture: amd64
Version: 12.4+deb12u6

Package: removed-one
Status: deinstall ok config-files
Architecture: amd64
Version: 1.0
`;

const APK = `C:Q1abc=
P:musl
V:1.2.5-r0
A:x86_64
L:MIT
o:musl

C:Q1def=
P:busybox-binsh
V:1.36.1-r29
A:x86_64
L:GPL-2.0-only
o:busybox
`;

describe('OS package databases', () => {
  test('os-release ID and VERSION_ID, quoted or not', () => {
    expect(parseOsRelease('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n')).toEqual({ id: 'debian', versionId: '12' });
    expect(parseOsRelease('ID=alpine\nVERSION_ID=3.20.3\n')).toEqual({ id: 'alpine', versionId: '3.20.3' });
  });

  test('dpkg: installed packages only, sorted, with source and a deb purl', () => {
    expect(parseDpkgStatus(DPKG, { id: 'debian', versionId: '12' })).toEqual([
      { name: 'base-files', version: '12.4+deb12u6', arch: 'amd64', source: undefined, purl: 'pkg:deb/debian/base-files@12.4%2Bdeb12u6?arch=amd64&distro=debian-12' },
      { name: 'libc6', version: '2.36-9+deb12u7', arch: 'amd64', source: 'glibc', purl: 'pkg:deb/debian/libc6@2.36-9%2Bdeb12u7?arch=amd64&distro=debian-12' },
    ]);
  });

  test('apk: packages with origin and license, an apk purl', () => {
    expect(parseApkInstalled(APK, { id: 'alpine', versionId: '3.20.3' })).toEqual([
      { name: 'busybox-binsh', version: '1.36.1-r29', arch: 'x86_64', source: 'busybox', license: 'GPL-2.0-only', purl: 'pkg:apk/alpine/busybox-binsh@1.36.1-r29?arch=x86_64&distro=alpine-3.20.3' },
      { name: 'musl', version: '1.2.5-r0', arch: 'x86_64', source: undefined, license: 'MIT', purl: 'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3' },
    ]);
  });

  test.each([
    ['dpkg', '', 0],
    ['dpkg', DPKG, 2],
    ['apk', APK, 2],
  ] as const)('%s database of %#: %d packages', (kind, text, count) => {
    expect(parsePackageDatabase(kind, text, '')).toHaveLength(count);
  });
});
