import * as zlib from 'zlib';
import { Readable } from 'stream';
import { RootfsFiles } from '../direct/assemble';
import { RootfsLayers, rootfsLayers } from '../direct/layers';
import { readTarEntries } from './tar-entries';
import { RUNTIME_FILES_GZ_BASE64 } from './runtime-files-archive';
import { LAYER_MEDIA_TYPE } from '../direct/reproducible-tar';

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

/**
 * What the two layers made of the archive above are (a unit test makes them and compares; update
 * these with the archive or the layer format). A push needs only these until the registry turns
 * out to lack a layer: the layers themselves (about 0.4 s of CPU) are then made for the upload.
 */
export const RUNTIME_FILE_LAYERS = {
  certificates: { diffId: 'sha256:ea379a0dbb80b81d214554be2a48756e318533c3a4c82b56cbac3586c97f8cd5', digest: 'sha256:333bbe1bf11ea8b29489f2f653092adeabebfc9324adcb37a07119f021da05f0', size: 130042, tarSize: 222720 },
  zoneinfo: { diffId: 'sha256:b6543679a47b8bb702348688e596cc73e0096770be823c925ddc729c1f1f1c3f', digest: 'sha256:32f9a197235eb0c5dedfeb4d9db41748d88079e597701ac7fd626705fdaa4930', size: 383567, tarSize: 2239488 },
} as const;

/** The runtime files' layers as descriptors only (no bytes): what a push's config and manifest need. */
export function runtimeFileDescriptors(): RootfsLayers {
  const of = (d: { diffId: string; digest: string; size: number; tarSize: number }) => ({ diffId: d.diffId, digest: d.digest, size: d.size, tarSize: d.tarSize, mediaType: LAYER_MEDIA_TYPE });
  return { certificates: of(RUNTIME_FILE_LAYERS.certificates), zoneinfo: of(RUNTIME_FILE_LAYERS.zoneinfo) };
}
