/**
 * The runtime base's OS packages, from the package database the image carries: dpkg's status
 * file (Debian, debian-slim) or apk's installed database (Alpine). Pure parsers.
 */

export interface OsPackage {
  name: string;
  version: string;
  arch: string;
  /** The source package (dpkg) or origin (apk), when it differs from the name. */
  source?: string;
  license?: string;
  purl: string;
}

/** Where each kind of base keeps its database, in the image's file system. */
export const PACKAGE_DATABASES = [
  { kind: 'dpkg', path: '/var/lib/dpkg/status' },
  { kind: 'apk', path: '/lib/apk/db/installed' },
] as const;

export type DatabaseKind = (typeof PACKAGE_DATABASES)[number]['kind'];

/** ID and VERSION_ID of /etc/os-release (e.g. debian, 12). */
export function parseOsRelease(text: string): { id: string; versionId: string } {
  const get = (k: string) => (new RegExp(`^${k}=("?)([^"\\n]*)\\1$`, 'm').exec(text)?.[2] ?? '');
  return { id: get('ID'), versionId: get('VERSION_ID') };
}

function paragraphs(text: string): Array<Map<string, string>> {
  const out: Array<Map<string, string>> = [];
  for (const block of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    let key = '';
    for (const line of block.split('\n')) {
      if (/^\s/.test(line) && key) continue; // continuation lines (descriptions, conffiles)
      const m = /^([A-Za-z0-9-]+):\s?(.*)$/.exec(line);
      if (m) {
        key = m[1];
        fields.set(key, m[2].trim());
      }
    }
    if (fields.size) out.push(fields);
  }
  return out;
}

function qualifiers(q: Record<string, string>): string {
  const parts = Object.entries(q).filter(([, v]) => v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Installed packages of a dpkg status file. */
export function parseDpkgStatus(text: string, os: { id: string; versionId: string } = { id: 'debian', versionId: '' }): OsPackage[] {
  const vendor = os.id || 'debian';
  const distro = os.versionId ? `${vendor}-${os.versionId}` : '';
  return paragraphs(text)
    .filter((p) => p.get('Package') && /\binstalled$/.test(p.get('Status') ?? '') && !/not-installed|config-files/.test(p.get('Status') ?? ''))
    .map((p) => {
      const name = p.get('Package') as string;
      const version = p.get('Version') ?? '';
      const arch = p.get('Architecture') ?? '';
      const source = (p.get('Source') ?? '').split(' ')[0] || undefined;
      return {
        name, version, arch, source: source !== name ? source : undefined,
        purl: `pkg:deb/${vendor}/${encodeURIComponent(name)}@${encodeURIComponent(version)}${qualifiers({ arch, distro })}`,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Installed packages of apk's database (P: name, V: version, A: arch, o: origin, L: license). */
export function parseApkInstalled(text: string, os: { id: string; versionId: string } = { id: 'alpine', versionId: '' }): OsPackage[] {
  const distro = os.versionId ? `alpine-${os.versionId}` : '';
  const out: OsPackage[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const f = new Map<string, string>();
    for (const line of block.split('\n')) {
      const m = /^([A-Za-z]):(.*)$/.exec(line);
      if (m && !f.has(m[1])) f.set(m[1], m[2]);
    }
    const name = f.get('P');
    if (!name) continue;
    const version = f.get('V') ?? '';
    const arch = f.get('A') ?? '';
    const origin = f.get('o');
    out.push({
      name, version, arch, source: origin && origin !== name ? origin : undefined, license: f.get('L') || undefined,
      purl: `pkg:apk/alpine/${encodeURIComponent(name)}@${encodeURIComponent(version)}${qualifiers({ arch, distro })}`,
    });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function parsePackageDatabase(kind: DatabaseKind, text: string, osRelease: string): OsPackage[] {
  const os = parseOsRelease(osRelease);
  return kind === 'dpkg' ? parseDpkgStatus(text, os) : parseApkInstalled(text, os);
}
