import { NONROOT_UID } from '../plan/dockerfile';
import { Layer, TarEntry, layerOf, uncompressedLayerOf, withParents } from './reproducible-tar';

/**
 * The layers the generated Dockerfile's runtime stage adds on top of its base, one per COPY:
 * the CA certificates, the zoneinfo tree, /etc/passwd and /etc/group (bases without users), and
 * the binary. Owners, modes and times are those of the Dockerfile's build stage: everything
 * root's, folders 0755, time 0 except the binary layer's (the commit time).
 */

/** How the engine's layer diffs name root: owner 0:0 with user and group names. */
export const ROOT_OWNER = { uid: 0, gid: 0, uname: 'root', gname: 'root' } as const;

export const PASSWD = `nonroot:x:${NONROOT_UID}:${NONROOT_UID}:nonroot:/nonexistent:/sbin/nologin\n`;
export const GROUP = `nonroot:x:${NONROOT_UID}:\n`;

export interface ZoneinfoEntry {
  path: string;
  mode: number;
  body?: Buffer;
  type: 'file' | 'dir' | 'symlink';
  linkname?: string;
}

export interface LayerStep {
  layer: Layer;
  /** The Dockerfile instruction the layer stands for (its history entry). */
  createdBy: string;
}

function dirAt(mtime: number) {
  return { ...ROOT_OWNER, mode: 0o755, mtime };
}

function entries(files: TarEntry[], mtime: number): TarEntry[] {
  return withParents(files, dirAt(mtime));
}

export function certificatesLayer(caCertificates: Buffer): Promise<Layer> {
  return layerOf(entries([{ ...ROOT_OWNER, path: 'etc/ssl/certs/ca-certificates.crt', type: 'file', mode: 0o644, mtime: 0, body: caCertificates }], 0));
}

export function zoneinfoLayer(zoneinfo: ZoneinfoEntry[]): Promise<Layer> {
  const files: TarEntry[] = [];
  for (const z of zoneinfo) {
    const rel = z.path.replace(/^\/+|\/+$/g, '');
    if (rel.split('/').includes('..')) throw new Error(`zoneinfo entry '${z.path}' leaves the folder`);
    files.push({
      ...ROOT_OWNER,
      path: rel ? `usr/share/zoneinfo/${rel}` : 'usr/share/zoneinfo',
      type: z.type,
      mode: z.mode & 0o7777,
      mtime: 0,
      body: z.type === 'file' ? z.body ?? Buffer.alloc(0) : undefined,
      linkname: z.type === 'symlink' ? z.linkname ?? '' : undefined,
    });
  }
  return layerOf(entries(files, 0));
}

export function usersLayer(): Promise<Layer> {
  return layerOf(
    entries(
      [
        { ...ROOT_OWNER, path: 'etc/passwd', type: 'file', mode: 0o644, mtime: 0, body: Buffer.from(PASSWD) },
        { ...ROOT_OWNER, path: 'etc/group', type: 'file', mode: 0o644, mtime: 0, body: Buffer.from(GROUP) },
      ],
      0,
    ),
  );
}

/** The binary at /usr/local/bin/NAME; it and its folders carry the commit time. Uncompressed for an image only loaded. */
export async function binaryLayer(binaryName: string, binary: Buffer, commitTime: number, compress = true): Promise<Layer> {
  const files = entries([{ ...ROOT_OWNER, path: `usr/local/bin/${binaryName}`, type: 'file', mode: 0o755, mtime: commitTime, body: binary }], commitTime);
  return compress ? layerOf(files) : uncompressedLayerOf(files);
}

/** The CA certificates and zoneinfo layers made once from a builder image's files (kept between runs). */
export interface RootfsLayers {
  certificates: Layer;
  zoneinfo: Layer;
}

/** The builder image's files, or the layers already made of them. */
export type RootfsInput = { caCertificates: Buffer; zoneinfo: ZoneinfoEntry[] } | RootfsLayers;

/** The two layers of a builder image's files. */
export async function rootfsLayers(rootfs: RootfsInput): Promise<RootfsLayers> {
  if ('certificates' in rootfs) return rootfs;
  const [certificates, zoneinfo] = await Promise.all([certificatesLayer(rootfs.caCertificates), zoneinfoLayer(rootfs.zoneinfo)]);
  return { certificates, zoneinfo };
}

const ROOTFS = '/gantry/rootfs';

/** The runtime stage's layers in the Dockerfile's order, each with its instruction (compressed at once). */
export async function runtimeLayers(o: { rootfs: RootfsInput; needsPasswd: boolean; binaryName: string; binary: Buffer; commitTime: number; compress?: boolean }): Promise<LayerStep[]> {
  const files = rootfsLayers(o.rootfs);
  const steps: Array<Promise<LayerStep>> = [
    files.then((f) => ({ layer: f.certificates, createdBy: `COPY ${ROOTFS}/certs/ / # buildkit` })),
    files.then((f) => ({ layer: f.zoneinfo, createdBy: `COPY ${ROOTFS}/zoneinfo/ / # buildkit` })),
  ];
  if (o.needsPasswd) steps.push(usersLayer().then((layer) => ({ layer, createdBy: `COPY ${ROOTFS}/users/ / # buildkit` })));
  steps.push(binaryLayer(o.binaryName, o.binary, o.commitTime, o.compress ?? true).then((layer) => ({ layer, createdBy: `COPY ${ROOTFS}/bin/ / # buildkit` })));
  return Promise.all(steps);
}
