import { createHash } from 'crypto';
import { UserError } from '../errors';

/**
 * A small client of the registry's HTTP API (distribution v2), for what the engine cannot do
 * itself: reading manifests, putting a manifest index, and the small blobs and manifests of
 * signatures and attestations (src/supply-chain). Credentials stay in this object's
 * memory (basic auth, or a bearer token fetched with them); nothing is written to disk.
 */

export const MEDIA = {
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
} as const;

const ACCEPT_ALL = [MEDIA.dockerManifest, MEDIA.dockerList, MEDIA.ociManifest, MEDIA.ociIndex].join(', ');

export interface Credentials {
  username: string;
  password: string;
}

export interface ManifestRef {
  digest: string;
  mediaType: string;
  size: number;
  body: Buffer;
}

/** An index's entry as registries list it. */
export interface IndexListing {
  digest: string;
  platform?: { os?: string; architecture?: string; variant?: string };
}

/** One image: its manifest's digest and layers, and its config's bytes. */
export interface RegistryImage {
  digest: string;
  layers: Array<{ mediaType: string; digest: string; size: number }>;
  config: Buffer;
}

export function sha256Digest(body: Buffer | string): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

/** Parses `Bearer realm="...",service="...",scope="..."` (or Basic realm=...). */
export function parseChallenge(header: string): { scheme: string; params: Record<string, string> } {
  const m = /^(\w+)\s*(.*)$/.exec(header.trim());
  if (!m) return { scheme: '', params: {} };
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g)) params[p[1]] = p[2];
  return { scheme: m[1].toLowerCase(), params };
}

export class RegistryClient {
  private token = '';
  private useBasic = false;
  private base = '';

  constructor(
    readonly registry: string,
    private readonly credentials: Credentials,
    /** The engine treats the registry as insecure (plain HTTP allowed after HTTPS fails). */
    private readonly insecure: boolean,
    private readonly debug: (m: string) => void = () => undefined,
  ) {}

  private basicHeader(): string {
    return `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
  }

  private authHeaders(): Record<string, string> {
    if (this.token) return { Authorization: `Bearer ${this.token}` };
    if (this.useBasic && (this.credentials.username || this.credentials.password)) return { Authorization: this.basicHeader() };
    return {};
  }

  /** The registry's origin, probed once however many requests start at the same moment. */
  private origin(): Promise<string> {
    this.probing ??= this.probe().catch((err: unknown) => {
      this.probing = undefined;
      throw err;
    });
    return this.probing;
  }

  private probing?: Promise<string>;

  /** Finds the registry's origin (scheme, authentication kind) ahead of the first request, e.g. while a compile runs. */
  async warm(): Promise<void> {
    await this.origin();
  }

  private async probe(): Promise<string> {
    if (this.base) return this.base;
    const schemes = this.insecure ? ['https', 'http'] : ['https'];
    let last: unknown;
    for (const scheme of schemes) {
      try {
        this.debug(`registry: GET ${scheme}://${this.registry}/v2/`);
        const res = await fetch(`${scheme}://${this.registry}/v2/`, { signal: AbortSignal.timeout(15000) });
        // A registry that asks for Basic authentication gets it from the first request on (no 401 round trip a request).
        if (res.status === 401 && parseChallenge(res.headers.get('www-authenticate') ?? '').scheme === 'basic') this.useBasic = true;
        this.base = `${scheme}://${this.registry}`;
        return this.base;
      } catch (err) {
        last = err;
      }
    }
    throw new UserError(`cannot reach registry ${this.registry} (${last instanceof Error ? (last.cause as Error | undefined)?.message ?? last.message : String(last)})`);
  }

  private async authenticate(challenge: string, scope: string): Promise<void> {
    const { scheme, params } = parseChallenge(challenge);
    if (scheme === 'basic') {
      this.useBasic = true;
      return;
    }
    if (scheme !== 'bearer' || !params.realm) throw new UserError(`registry ${this.registry} asks for unsupported authentication '${challenge}'`);
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    url.searchParams.set('scope', params.scope || scope);
    const headers: Record<string, string> = {};
    if (this.credentials.username || this.credentials.password) headers.Authorization = this.basicHeader();
    this.debug(`registry: token from ${url.origin}${url.pathname} for ${url.searchParams.get('scope')}`);
    const res = await fetch(url, { headers, signal: AbortSignal.timeout(30000) });
    if (!res.ok) throw new UserError(`registry ${this.registry} refused a token for ${scope} (HTTP ${res.status}); check its credentials (registry_auth_config, or registry_username and registry_password)`);
    const body = (await res.json()) as { token?: string; access_token?: string };
    this.token = body.token || body.access_token || '';
  }

  /** One request, authenticating once on a 401. */
  private async request(method: string, path: string, scope: string, init: { headers?: Record<string, string>; body?: Buffer } = {}): Promise<Response> {
    const origin = await this.origin();
    for (let attempt = 0; ; attempt++) {
      this.debug(`registry: ${method} ${origin}${path}`);
      const res = await fetch(`${origin}${path}`, {
        method,
        headers: { ...init.headers, ...this.authHeaders() },
        body: init.body,
        signal: AbortSignal.timeout(60000),
      });
      if (res.status !== 401 || attempt > 0) return res;
      await this.authenticate(res.headers.get('www-authenticate') ?? '', scope);
    }
  }

  async getManifest(repo: string, ref: string): Promise<ManifestRef | undefined> {
    const res = await this.request('GET', `/v2/${repo}/manifests/${ref}`, `repository:${repo}:pull`, { headers: { Accept: ACCEPT_ALL } });
    if (res.status === 404) return undefined;
    if (!res.ok) throw this.failure('GET', repo, ref, res);
    const body = Buffer.from(await res.arrayBuffer());
    const mediaType = (res.headers.get('content-type') ?? '').split(';')[0];
    return { digest: res.headers.get('docker-content-digest') || sha256Digest(body), mediaType, size: body.length, body };
  }

  /**
   * An image by tag or digest, with its config. An index is resolved to the entry `pick` chooses
   * (pick may throw to say why none fits). Undefined when the reference is not in the repository.
   */
  async getImage(repo: string, ref: string, pick: (entries: IndexListing[]) => IndexListing | undefined): Promise<RegistryImage | undefined> {
    type Doc = { manifests?: IndexListing[]; config?: { digest: string }; layers?: RegistryImage['layers'] };
    let m = await this.getManifest(repo, ref);
    if (!m) return undefined;
    let manifest = JSON.parse(m.body.toString('utf8')) as Doc;
    // An index by its body, whatever media type the registry says.
    if (Array.isArray(manifest.manifests)) {
      const entry = pick(manifest.manifests);
      if (!entry) return undefined;
      m = await this.getManifest(repo, entry.digest);
      if (!m) throw new UserError(`registry ${this.registry} lists ${repo}@${entry.digest} in ${ref} but does not hold it`);
      manifest = JSON.parse(m.body.toString('utf8')) as Doc;
    }
    if (!manifest.config) return undefined;
    return { digest: m.digest, layers: manifest.layers ?? [], config: await this.getBlob(repo, manifest.config.digest) };
  }

  /** Whether the repository holds the blob. */
  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const res = await this.request('HEAD', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull`);
    if (res.status === 404) return false;
    if (!res.ok) throw this.failure('HEAD', repo, digest, res, 'blob');
    return true;
  }

  /** A blob's bytes, checked against its digest. */
  async getBlob(repo: string, digest: string): Promise<Buffer> {
    const res = await this.request('GET', `/v2/${repo}/blobs/${digest}`, `repository:${repo}:pull`);
    if (!res.ok) throw this.failure('GET', repo, digest, res, 'blob');
    const body = Buffer.from(await res.arrayBuffer());
    if (sha256Digest(body) !== digest) throw new UserError(`registry ${this.registry} returned blob ${digest} of ${repo} with other content`);
    return body;
  }

  /**
   * Uploads a small blob in one request (POST then PUT ?digest=), unless the registry has it
   * (`checked`: the caller has just asked); returns its digest.
   */
  async putBlob(repo: string, body: Buffer, checked = false, known?: string): Promise<string> {
    // `known`: the caller has just checked the body against this digest.
    const digest = known ?? sha256Digest(body);
    if (!checked && (await this.hasBlob(repo, digest))) return digest;
    const scope = `repository:${repo}:pull,push`;
    const started = await this.request('POST', `/v2/${repo}/blobs/uploads/`, scope);
    if (started.status !== 202) throw this.failure('POST', repo, 'upload', started, 'blob');
    const location = new URL(started.headers.get('location') ?? '', `${await this.origin()}/`);
    location.searchParams.set('digest', digest);
    const res = await this.request('PUT', `${location.pathname}${location.search}`, scope, { headers: { 'Content-Type': 'application/octet-stream' }, body });
    if (!res.ok) throw this.failure('PUT', repo, digest, res, 'blob');
    return digest;
  }

  /**
   * Mounts a blob of repository `from` (same registry) into `repo` without sending it: true when
   * mounted; false when the registry declined (it then opened an upload, which is cancelled).
   */
  async mountBlob(repo: string, digest: string, from: string): Promise<boolean> {
    const scope = `repository:${repo}:pull,push`;
    const query = new URLSearchParams({ mount: digest, from });
    const res = await this.request('POST', `/v2/${repo}/blobs/uploads/?${query.toString()}`, scope);
    if (res.status === 201) return true;
    if (res.status !== 202) throw this.failure('POST', repo, `mount ${digest} from ${from}`, res, 'blob');
    const location = res.headers.get('location');
    if (location) {
      const url = new URL(location, `${await this.origin()}/`);
      await this.request('DELETE', `${url.pathname}${url.search}`, scope).catch(() => undefined);
    }
    return false;
  }

  /**
   * The OCI referrers of a digest (an image index of descriptors), or undefined when the
   * registry has no referrers API (distribution 2.8 answers 404 there).
   */
  async getReferrers(repo: string, digest: string): Promise<Array<{ mediaType: string; digest: string; size: number; artifactType?: string }> | undefined> {
    const res = await this.request('GET', `/v2/${repo}/referrers/${digest}`, `repository:${repo}:pull`, { headers: { Accept: MEDIA.ociIndex } });
    if (res.status === 404 || res.status === 405) return undefined;
    if (!res.ok) throw this.failure('GET', repo, `referrers/${digest}`, res);
    const type = (res.headers.get('content-type') ?? '').split(';')[0];
    if (type !== MEDIA.ociIndex) return undefined;
    const index = (await res.json()) as { manifests?: Array<{ mediaType: string; digest: string; size: number; artifactType?: string }> };
    return index.manifests ?? [];
  }

  /** PUTs a manifest under `ref` (a tag or its digest); returns the digest of the bytes sent. */
  async putManifest(repo: string, ref: string, mediaType: string, body: Buffer): Promise<string> {
    const res = await this.request('PUT', `/v2/${repo}/manifests/${ref}`, `repository:${repo}:pull,push`, { headers: { 'Content-Type': mediaType }, body });
    if (!res.ok) throw this.failure('PUT', repo, ref, res);
    const digest = sha256Digest(body);
    const said = res.headers.get('docker-content-digest');
    if (said && said !== digest) throw new Error(`registry ${this.registry} stored ${repo}:${ref} as ${said}, not ${digest}`);
    return digest;
  }

  private failure(method: string, repo: string, ref: string, res: Response, what = 'manifest'): Error {
    if (res.status === 401 || res.status === 403) {
      return new UserError(`registry ${this.registry} refused ${method} of ${repo}:${ref} (HTTP ${res.status}); check its credentials (registry_auth_config, or registry_username and registry_password)`);
    }
    return new UserError(`registry ${this.registry}: ${method} ${repo} ${what} ${ref} failed with HTTP ${res.status}`);
  }
}

export interface IndexEntry {
  mediaType: string;
  digest: string;
  size: number;
  platform: { os: string; architecture: string };
}

/** The manifest list bytes for per-platform manifests (Docker's list: every engine and registry reads it). */
export function manifestList(entries: IndexEntry[]): Buffer {
  const doc = {
    schemaVersion: 2,
    mediaType: MEDIA.dockerList,
    manifests: entries.map((e) => ({ mediaType: e.mediaType, size: e.size, digest: e.digest, platform: { architecture: e.platform.architecture, os: e.platform.os } })),
  };
  return Buffer.from(JSON.stringify(doc, null, 3));
}
