import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import * as os from 'os';
import * as path from 'path';
import { Duplex, Readable } from 'stream';
import { UserError } from '../errors';

/**
 * The Docker Engine API over Node's own HTTP client: where the engine is (DOCKER_HOST, TLS as
 * the docker CLI reads it), requests with JSON or streamed bodies, JSON or streamed answers,
 * and the two connection upgrades the API has (a hijacked exec stream, a BuildKit session).
 * Paths are unversioned: the engine answers at its own API version.
 */

export type EngineEndpoint =
  | { kind: 'unix'; socketPath: string }
  | { kind: 'tcp'; host: string; port: number; tls?: { ca?: Buffer; cert?: Buffer; key?: Buffer } };

export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

/**
 * DOCKER_HOST as the docker CLI reads it: unix://PATH or tcp://HOST:PORT (a bare HOST:PORT is
 * tcp). TLS when DOCKER_TLS_VERIFY is set (or the port is 2376): the server is verified
 * against DOCKER_CERT_PATH/ca.pem (default ~/.docker) and cert.pem/key.pem are presented,
 * each when it exists. Other schemes (ssh://, npipe://) are refused in one line.
 */
export function parseDockerHost(env: NodeJS.ProcessEnv = process.env, readFile: (p: string) => Buffer | undefined = readIfExists): EngineEndpoint {
  const value = env.DOCKER_HOST || DEFAULT_DOCKER_HOST;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  const expected = 'expected unix:///path/to/docker.sock or tcp://HOST:PORT';
  if (scheme === 'unix') {
    const socketPath = value.slice('unix://'.length);
    if (!socketPath) throw new UserError(`DOCKER_HOST=${value} has no socket path; ${expected}`);
    return { kind: 'unix', socketPath };
  }
  if (scheme !== undefined && scheme !== 'tcp' && scheme !== 'http' && scheme !== 'https') {
    throw new UserError(`DOCKER_HOST=${value}: ${scheme}:// is not supported; ${expected} (TLS through DOCKER_TLS_VERIFY and DOCKER_CERT_PATH)`);
  }
  let url: URL;
  try {
    url = new URL(scheme ? value.replace(/^[^:]+:/, 'http:') : `http://${value}`);
  } catch {
    throw new UserError(`DOCKER_HOST=${value} is not an address; ${expected}`);
  }
  if (!url.hostname) throw new UserError(`DOCKER_HOST=${value} has no host; ${expected}`);
  const useTls = Boolean(env.DOCKER_TLS_VERIFY) || scheme === 'https' || url.port === '2376';
  const port = url.port ? Number(url.port) : useTls ? 2376 : 2375;
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!useTls) return { kind: 'tcp', host, port };
  const dir = env.DOCKER_CERT_PATH || path.join(env.HOME || os.homedir(), '.docker');
  const tls = { ca: readFile(path.join(dir, 'ca.pem')), cert: readFile(path.join(dir, 'cert.pem')), key: readFile(path.join(dir, 'key.pem')) };
  return { kind: 'tcp', host, port, tls };
}

function readIfExists(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return undefined;
    throw new UserError(`cannot read ${file} (DOCKER_CERT_PATH): ${(err as Error).message}`);
  }
}

/**
 * A query string as the engine reads it: arrays as repeated parameters, objects as JSON,
 * booleans as true/false; undefined values left out. '' when nothing is left.
 */
export function engineQuery(params: Record<string, unknown> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) for (const item of v) q.append(k, String(item));
    else if (typeof v === 'object') q.append(k, JSON.stringify(v));
    else q.append(k, String(v));
  }
  // Spaces as %20 (as the docker CLI sends them), not the form encoding's '+'.
  const s = q.toString().replace(/\+/g, '%20');
  return s ? `?${s}` : '';
}

/** The X-Registry-Auth header's value: the auth's JSON in URL-safe base64, padded (the engine decodes it so). */
export function registryAuthHeader(auth: object | undefined): string {
  return Buffer.from(JSON.stringify(auth ?? {})).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

/** One frame of a multiplexed exec stream: 0 stdin, 1 stdout, 2 stderr. */
export interface Frame {
  stream: number;
  data: Buffer;
}

/**
 * Splits the engine's multiplexed stream (an 8-byte header: stream type, three zero bytes,
 * a big-endian length; then the payload) into frames, whatever the chunks' boundaries.
 */
export class FrameDemuxer {
  private pending: Buffer[] = [];
  private size = 0;

  push(chunk: Buffer): Frame[] {
    this.pending.push(chunk);
    this.size += chunk.length;
    const frames: Frame[] = [];
    while (this.size >= 8) {
      const buf = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
      const length = buf.readUInt32BE(4);
      if (buf.length < 8 + length) {
        this.pending = [buf];
        break;
      }
      frames.push({ stream: buf[0], data: buf.subarray(8, 8 + length) });
      const rest = buf.subarray(8 + length);
      this.pending = rest.length ? [rest] : [];
      this.size = rest.length;
    }
    return frames;
  }

  /** Bytes of an unfinished frame left over (a stream that ended mid-frame). */
  get leftover(): number {
    return this.size;
  }
}

/** A non-2xx answer: the engine's own message, and its status code for callers to test. */
export class EngineApiError extends Error {
  constructor(readonly statusCode: number, message: string) {
    super(message);
    this.name = 'EngineApiError';
  }
}

export interface RequestOptions {
  query?: Record<string, unknown>;
  /** A JSON body. */
  json?: unknown;
  /** A streamed body (a tar), sent chunked, or a whole one. */
  body?: Readable | NodeJS.ReadableStream | Buffer;
  contentType?: string;
  headers?: Record<string, string | string[]>;
}

export class EngineHttp {
  private endpointValue?: EngineEndpoint;
  private agentValue?: http.Agent;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** Where the engine is; read from the environment on first use (so a bad DOCKER_HOST fails the first call). */
  get endpoint(): EngineEndpoint {
    this.endpointValue ??= parseDockerHost(this.env);
    return this.endpointValue;
  }

  private get agent(): http.Agent {
    // Kept-alive sockets are unref'ed by the agent while idle: they do not hold the process.
    this.agentValue ??= this.endpoint.kind === 'tcp' && this.endpoint.tls ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
    return this.agentValue;
  }

  private start(method: string, p: string, opts: RequestOptions, extra: { headers?: Record<string, string | string[]>; agent?: http.Agent | false } = {}): http.ClientRequest {
    const ep = this.endpoint;
    const headers: Record<string, string | string[] | number> = { ...opts.headers, ...extra.headers };
    let payload: Buffer | undefined;
    if (opts.json !== undefined) {
      payload = Buffer.from(JSON.stringify(opts.json));
      headers['Content-Type'] = 'application/json';
    } else if (Buffer.isBuffer(opts.body)) {
      payload = opts.body;
      headers['Content-Type'] = opts.contentType ?? 'application/x-tar';
    } else if (opts.body) {
      headers['Content-Type'] = opts.contentType ?? 'application/x-tar';
      headers['Transfer-Encoding'] = 'chunked';
    }
    if (payload) headers['Content-Length'] = payload.length;
    const base: http.RequestOptions = { method, path: p + engineQuery(opts.query), headers, agent: extra.agent ?? this.agent };
    let req: http.ClientRequest;
    if (ep.kind === 'unix') req = http.request({ ...base, socketPath: ep.socketPath });
    else if (ep.tls) req = https.request({ ...base, host: ep.host, port: ep.port, ca: ep.tls.ca, cert: ep.tls.cert, key: ep.tls.key });
    else req = http.request({ ...base, host: ep.host, port: ep.port });
    if (payload) req.end(payload);
    else if (opts.body && !Buffer.isBuffer(opts.body)) {
      const body = opts.body as Readable;
      body.on('error', (err) => req.destroy(err));
      body.pipe(req);
    } else req.end();
    return req;
  }

  /** Sends a request; resolves with the answer's stream on 2xx, rejects with an EngineApiError otherwise. */
  request(method: string, p: string, opts: RequestOptions = {}): Promise<http.IncomingMessage> {
    return new Promise((resolve, reject) => {
      let req: http.ClientRequest;
      try {
        req = this.start(method, p, opts);
      } catch (err) {
        reject(err);
        return;
      }
      req.on('error', reject);
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          resolve(res);
          return;
        }
        readAll(res).then((body) => reject(apiError(status, body)), reject);
      });
    });
  }

  /** A request whose answer is JSON (or empty: undefined). */
  async json<T>(method: string, p: string, opts: RequestOptions = {}): Promise<T> {
    const text = (await readAll(await this.request(method, p, opts))).toString('utf8');
    return (text.trim() ? JSON.parse(text) : undefined) as T;
  }

  /**
   * A request the engine answers by switching protocols (101): resolves with the connection,
   * the bytes that came with the 101 put back. Any other answer rejects.
   */
  upgrade(method: string, p: string, protocol: string, opts: RequestOptions = {}): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      let req: http.ClientRequest;
      try {
        // A connection of its own: an upgraded socket never goes back to the pool.
        req = this.start(method, p, opts, { headers: { Connection: 'Upgrade', Upgrade: protocol }, agent: false });
      } catch (err) {
        reject(err);
        return;
      }
      req.on('error', reject);
      req.on('upgrade', (_res, socket, head) => {
        if (head.length) socket.unshift(head);
        resolve(socket);
      });
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        readAll(res).then((body) => reject(apiError(status, body)), reject);
      });
    });
  }
}

function apiError(status: number, body: Buffer): EngineApiError {
  const text = body.toString('utf8').trim();
  let message = text;
  try {
    const parsed = JSON.parse(text) as { message?: string };
    if (parsed && typeof parsed.message === 'string') message = parsed.message;
  } catch {
    // not JSON: the text itself
  }
  return new EngineApiError(status, message ? `${message} (HTTP ${status})` : `the engine answered HTTP ${status}`);
}

export function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}
