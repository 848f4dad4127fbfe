import * as zlib from 'zlib';
import { Readable } from 'stream';
import { RootfsFiles } from '../direct/assemble';
import { RootfsLayers, rootfsLayers } from '../direct/layers';
import { readTarEntries } from './tar-entries';
import { RUNTIME_FILES_GZ_BASE64 } from './runtime-files-archive';

/**
 * The runtime files every generated image carries (the CA bundle and the zoneinfo tree), from
 * one source on every build path: an archive pinned in gantry itself (made from Debian's
 * ca-certificates and tzdata by scripts/refresh-runtime-files.sh). So the files depend neither
 * on the machine that builds (the host path) nor on the builder image (the container paths), and
 * the same commit and toolchain give the same image digest whichever path built it.
 */

/** The archive as shipped: etc/ssl/certs/ca-certificates.crt and usr/share/zoneinfo/... */
export function runtimeFilesArchive(): Buffer {
  return Buffer.from(RUNTIME_FILES_GZ_BASE64, 'base64');
}


const ZONEINFO = 'usr/share/zoneinfo';
const CERTS = 'etc/ssl/certs/ca-certificates.crt';

/** The archive's files as the image assembly takes them. */
export async function runtimeFiles(archive: Buffer = runtimeFilesArchive()): Promise<RootfsFiles> {
  const zoneinfo: RootfsFiles['zoneinfo'] = [];
  let caCertificates: Buffer | undefined;
  for (const e of await readTarEntries(Readable.from([zlib.gunzipSync(archive)]))) {
    const name = e.name.replace(/^\.?\//, '').replace(/\/$/, '');
    if (name === CERTS) caCertificates = e.body;
    if (name !== ZONEINFO && !name.startsWith(`${ZONEINFO}/`)) continue;
    const rel = name.slice(ZONEINFO.length).replace(/^\//, '');
    if (e.type === 'directory') zoneinfo.push({ path: rel, mode: e.mode, type: 'dir' });
    else if (e.type === 'symlink') zoneinfo.push({ path: rel, mode: e.mode, type: 'symlink', linkname: e.linkname });
    else if (e.type === 'file') zoneinfo.push({ path: rel, mode: e.mode, type: 'file', body: e.body });
  }
  if (!caCertificates) throw new Error(`gantry's runtime files archive has no ${CERTS}`);
  return { caCertificates, zoneinfo };
}

let layers: Promise<RootfsLayers> | undefined;

/** The certificates and zoneinfo layers, made once per process. */
export function runtimeFileLayers(): Promise<RootfsLayers> {
  layers ??= runtimeFiles().then((f) => rootfsLayers(f));
  return layers;
}
