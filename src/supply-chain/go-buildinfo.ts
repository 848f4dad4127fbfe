/**
 * The build information the Go linker embeds in every binary since Go 1.18 (what
 * `go version -m` prints): Go version, main module, dependency modules with versions and sums,
 * and build settings (CGO_ENABLED, GOOS, GOARCH, -trimpath, -ldflags, vcs.*). Read straight from
 * the binary's bytes, so it works for stripped binaries and any platform. Pure.
 */

export interface GoModule {
  path: string;
  version: string;
  /** go.sum's h1: hash, '' for the main module and replaced-by-path modules. */
  sum: string;
  /** The module this one is replaced by (`=>` line). */
  replace?: GoModule;
}

export interface GoBuildInfo {
  goVersion: string;
  /** The main package's import path. */
  path: string;
  main?: GoModule;
  deps: GoModule[];
  /** `build` lines in order: -trimpath=true, CGO_ENABLED=0, GOOS=linux, ... */
  settings: Array<[string, string]>;
}

const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');

function readUvarint(buf: Buffer, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    const b = buf[i];
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return [value, i + 1];
    shift += 7;
  }
  throw new Error('the Go build info holds a truncated length');
}

/**
 * The version and module text of a binary's build info, or undefined when the file holds none
 * (not a Go binary). Only the inline form of Go 1.18 and later is read.
 */
export function findBuildInfo(binary: Buffer): { goVersion: string; modinfo: string } | undefined {
  for (let at = binary.indexOf(MAGIC); at >= 0; at = binary.indexOf(MAGIC, at + 1)) {
    if (at % 16 !== 0 || at + 32 > binary.length) continue;
    const ptrSize = binary[at + 14];
    const flags = binary[at + 15];
    if (ptrSize !== 4 && ptrSize !== 8) continue;
    if ((flags & 0x2) === 0) {
      throw new Error('the binary was built by a Go older than 1.18, whose build info gantry does not read');
    }
    const [vlen, vat] = readUvarint(binary, at + 32);
    const goVersion = binary.subarray(vat, vat + vlen).toString('utf8');
    const [mlen, mat] = readUvarint(binary, vat + vlen);
    let bytes = binary.subarray(mat, mat + mlen);
    // The module text sits between two 16-byte sentinels (runtime/debug's modinfo markers).
    if (mlen >= 33 && bytes[mlen - 17] === 0x0a) bytes = bytes.subarray(16, mlen - 16);
    return { goVersion, modinfo: bytes.toString('utf8') };
  }
  return undefined;
}

function unquote(value: string): string {
  if (!value.startsWith('"')) return value;
  try {
    return JSON.parse(value) as string;
  } catch {
    return value;
  }
}

/** Parses the module text (path/mod/dep/=>/build lines, tab separated). */
export function parseModinfo(goVersion: string, modinfo: string): GoBuildInfo {
  const info: GoBuildInfo = { goVersion, path: '', deps: [], settings: [] };
  let last: GoModule | undefined;
  for (const line of modinfo.split('\n')) {
    const f = line.split('\t');
    switch (f[0]) {
      case 'path':
        info.path = f[1] ?? '';
        break;
      case 'mod':
        info.main = { path: f[1] ?? '', version: f[2] ?? '', sum: f[3] ?? '' };
        last = info.main;
        break;
      case 'dep':
        last = { path: f[1] ?? '', version: f[2] ?? '', sum: f[3] ?? '' };
        info.deps.push(last);
        break;
      case '=>':
        if (last) last.replace = { path: f[1] ?? '', version: f[2] ?? '', sum: f[3] ?? '' };
        break;
      case 'build': {
        const kv = f.slice(1).join('\t');
        const eq = kv.startsWith('"') ? -1 : kv.indexOf('=');
        if (eq > 0) info.settings.push([kv.slice(0, eq), unquote(kv.slice(eq + 1))]);
        else if (kv) info.settings.push([unquote(kv), '']);
        break;
      }
    }
  }
  return info;
}

/** The build info of a Go binary, or undefined when it holds none. */
export function readGoBuildInfo(binary: Buffer): GoBuildInfo | undefined {
  const found = findBuildInfo(binary);
  return found && parseModinfo(found.goVersion, found.modinfo);
}

/** A module's package URL (pkg:golang/...). Uppercase letters are kept as the Go module path has them. */
export function goPurl(m: GoModule): string {
  const version = m.version && m.version !== '(devel)' ? `@${encodeURIComponent(m.version)}` : '';
  return `pkg:golang/${m.path.split('/').map(encodeURIComponent).join('/')}${version}`;
}
