/**
 * A Go module proxy for tests serving `golang.org/toolchain` modules made from the Go trees on
 * this machine (the bed's Debian toolchains), so that `GOTOOLCHAIN=goX.Y.Z` is tested with nothing
 * leaving the machine. A toolchain module's zip holds the GOROOT tree under the prefix
 * `golang.org/toolchain@v0.0.1-goX.Y.Z.GOOS-GOARCH/`, laid out as Go's own release tooling makes
 * it: without api/, doc/, misc/ and test/, and every go.mod below the root renamed _go.mod (a
 * module zip cannot hold nested modules; the go command renames them back after unpacking).
 *
 * The proxy is a folder (GOPROXY=file:///DIR): for a toolchain served over HTTP the go command
 * insists on a checksum database, which would have to be Go's own (and know these zips); one
 * file:// URL is the case it exempts.
 *
 * Zipping a GOROOT (about 12,000 files, 250 MB) takes seconds: each zip is made once into a cache
 * folder named by its version (os.tmpdir()/gantry-e2e-toolchains), and made again only when the
 * tree's VERSION file is newer than the zip. Files are stored, not deflated: quickest to write
 * and to unpack.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const TOOLCHAIN_MODULE = 'golang.org/toolchain';

export interface ToolchainZip {
  /** The Go version the tree states, e.g. go1.24.4. */
  go: string;
  /** The module version, e.g. v0.0.1-go1.24.4.linux-amd64. */
  version: string;
  file: string;
  /** Seconds spent making the zip in this run (0 when the cached one was taken). */
  seconds: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The GOOS-GOARCH of this machine, as toolchain module versions name it. */
export function goPlatform(): string {
  const arch = ({ x64: 'amd64', arm64: 'arm64', ia32: '386' } as Record<string, string>)[process.arch] ?? process.arch;
  return `${process.platform}-${arch}`;
}

/** The version a GOROOT's VERSION file states on its first line (go1.24.4). */
export function treeVersion(goroot: string): string {
  const first = fs.readFileSync(path.join(goroot, 'VERSION'), 'utf8').split('\n')[0].trim();
  if (!/^go\d+\.\d+(\.\d+)?$/.test(first)) throw new Error(`${goroot}/VERSION states '${first}', not a Go release`);
  return first;
}

/** Top-level folders a toolchain module leaves out (as Go's release tooling does). */
const LEFT_OUT = new Set(['api', 'doc', 'misc', 'test']);

/** The files of a tree, relative, with forward slashes, sorted; symbolic links are followed. */
function filesOf(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    if (!rel && LEFT_OUT.has(e.name)) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    const st = e.isSymbolicLink() ? fs.statSync(path.join(root, r)) : e;
    if (st.isDirectory()) out.push(...filesOf(root, r));
    else if (st.isFile()) out.push(r);
  }
  return out.sort();
}

/** Writes a zip of `root`'s files (stored) with every name under `prefix`. */
function writeZip(root: string, prefix: string, file: string): void {
  const fd = fs.openSync(file, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  // 1980-01-01 00:00 in DOS time: the module zip's times mean nothing to Go.
  const dosTime = 0;
  const dosDate = (0 << 9) | (1 << 5) | 1;
  try {
    for (const rel of filesOf(root)) {
      const data = fs.readFileSync(path.join(root, rel));
      const name = Buffer.from(prefix + rel.replace(/(^|\/)go\.mod$/, '$1_go.mod'), 'utf8');
      const crc = crc32(data);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4); // version needed
      local.writeUInt16LE(0x0800, 6); // UTF-8 names
      local.writeUInt16LE(0, 8); // stored
      local.writeUInt16LE(dosTime, 10);
      local.writeUInt16LE(dosDate, 12);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(data.length, 22);
      local.writeUInt16LE(name.length, 26);
      local.writeUInt16LE(0, 28);
      fs.writeSync(fd, local);
      fs.writeSync(fd, name);
      fs.writeSync(fd, data);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(0x0800, 8);
      entry.writeUInt16LE(0, 10);
      entry.writeUInt16LE(dosTime, 12);
      entry.writeUInt16LE(dosDate, 14);
      entry.writeUInt32LE(crc, 16);
      entry.writeUInt32LE(data.length, 20);
      entry.writeUInt32LE(data.length, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // external attributes: a regular file
      entry.writeUInt32LE(offset, 42);
      central.push(entry, name);
      offset += local.length + name.length + data.length;
      if (offset > 0xffffffff) throw new Error(`${root} is too large for a zip without zip64`);
    }
    const dir = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(central.length / 2, 8);
    end.writeUInt16LE(central.length / 2, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    fs.writeSync(fd, dir);
    fs.writeSync(fd, end);
  } finally {
    fs.closeSync(fd);
  }
}

/** The toolchain module zip of a GOROOT tree, from the cache folder or made now. */
export function toolchainZip(goroot: string, cacheDir = path.join(os.tmpdir(), 'gantry-e2e-toolchains')): ToolchainZip {
  const go = treeVersion(goroot);
  const version = `v0.0.1-${go}.${goPlatform()}`;
  fs.mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `toolchain@${version}.zip`);
  const stamp = fs.statSync(path.join(goroot, 'VERSION')).mtimeMs;
  if (fs.existsSync(file) && fs.statSync(file).mtimeMs >= stamp) return { go, version, file, seconds: 0 };
  const started = Date.now();
  // Made beside it and renamed: a concurrent run never serves half a zip.
  const part = `${file}.${process.pid}.part`;
  try {
    writeZip(goroot, `${TOOLCHAIN_MODULE}@${version}/`, part);
    fs.renameSync(part, file);
  } finally {
    fs.rmSync(part, { force: true });
  }
  return { go, version, file, seconds: (Date.now() - started) / 1000 };
}

/**
 * A module proxy folder (GOPROXY=file:///DIR) for the given GOROOT trees: `golang.org/toolchain/@v/`
 * with `list`, and each version's `.info`, `.mod` and `.zip` (a hard link to the cached zip, so
 * removing the folder leaves the cache). Go verifies a downloaded toolchain against a checksum
 * database except when GOPROXY is one file:// URL, so this, with GOSUMDB=off, keeps everything
 * on the machine.
 */
export function toolchainProxyDir(goroots: string[], dir: string, cacheDir?: string): { url: string; zips: ToolchainZip[] } {
  const zips = goroots.map((g) => toolchainZip(g, cacheDir));
  const at = path.join(dir, ...TOOLCHAIN_MODULE.split('/'), '@v');
  fs.mkdirSync(at, { recursive: true });
  for (const z of zips) {
    fs.writeFileSync(path.join(at, `${z.version}.info`), JSON.stringify({ Version: z.version, Time: '2025-01-01T00:00:00Z' }));
    fs.writeFileSync(path.join(at, `${z.version}.mod`), `module ${TOOLCHAIN_MODULE}\n`);
    const zip = path.join(at, `${z.version}.zip`);
    fs.rmSync(zip, { force: true });
    try {
      fs.linkSync(z.file, zip);
    } catch {
      fs.copyFileSync(z.file, zip);
    }
  }
  fs.writeFileSync(path.join(at, 'list'), zips.map((z) => `${z.version}\n`).join(''));
  return { url: `file://${dir}`, zips };
}
