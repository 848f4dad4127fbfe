import * as http from 'http';
import { AddressInfo } from 'net';

/**
 * GitHub's cache service (v2, the one hosted runners use: ACTIONS_CACHE_SERVICE_V2) on loopback,
 * as @actions/cache speaks it: Twirp JSON calls under /twirp/github.actions.results.api.v1.CacheService/
 * (CreateCacheEntry, FinalizeCacheEntryUpload, GetCacheEntryDownloadURL), the archive uploaded to
 * the signed URL with the Azure Blob SDK (one PUT below its single-shot size, else blocks and a
 * block list) and downloaded from the signed URL with a plain GET. Entries are immutable: a key
 * and version is created once. Restore keys match by prefix, newest entry first.
 */
export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  data: Buffer;
  finalized: boolean;
}

export interface GitHubCacheService {
  url: string;
  entries: CacheEntry[];
  /** Every request, as "METHOD path" (Twirp method names or upload/download). */
  calls: string[];
  /** Fail every call with this status from now on (0: serve again). */
  failWith(status: number): void;
  close(): Promise<void>;
}

const PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';

export async function startGitHubCacheService(): Promise<GitHubCacheService> {
  const entries: CacheEntry[] = [];
  const calls: string[] = [];
  const blocks = new Map<string, Buffer>();
  let failing = 0;
  let base = '';
  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', base);
      if (failing) {
        calls.push(`${req.method} ${url.pathname} -> ${failing}`);
        return json(res, failing, { code: 'unavailable', msg: 'the cache service is failing on purpose' });
      }
      if (req.method === 'POST' && url.pathname.startsWith(PREFIX)) {
        const method = url.pathname.slice(PREFIX.length);
        calls.push(`twirp ${method}`);
        if (req.headers.authorization !== 'Bearer gantry-test-token') return json(res, 401, { code: 'unauthenticated', msg: 'no token' });
        const r = JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>;
        if (method === 'CreateCacheEntry') {
          if (entries.some((e) => e.key === r.key && e.version === r.version)) return json(res, 200, { ok: false, message: `cache entry ${String(r.key)} already exists` });
          const entry: CacheEntry = { id: entries.length + 1, key: String(r.key), version: String(r.version), data: Buffer.alloc(0), finalized: false };
          entries.push(entry);
          return json(res, 200, { ok: true, signed_upload_url: `${base}/devstoreaccount1/caches/entry-${entry.id}?sig=upload` });
        }
        if (method === 'FinalizeCacheEntryUpload') {
          const entry = entries.find((e) => e.key === r.key && e.version === r.version && !e.finalized);
          if (!entry || entry.data.length !== Number(r.size_bytes)) return json(res, 200, { ok: false, message: 'no upload of that size for this key' });
          entry.finalized = true;
          return json(res, 200, { ok: true, entry_id: String(entry.id) });
        }
        if (method === 'GetCacheEntryDownloadURL') {
          const ready = entries.filter((e) => e.finalized && e.version === r.version).reverse();
          const exact = ready.find((e) => e.key === r.key);
          const partial = exact ?? ((r.restore_keys as string[] | undefined) ?? []).map((k) => ready.find((e) => e.key.startsWith(k))).find(Boolean);
          if (!partial) return json(res, 200, { ok: false });
          return json(res, 200, { ok: true, signed_download_url: `${base}/devstoreaccount1/caches/entry-${partial.id}?sig=download`, matched_key: partial.key });
        }
        return json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
      }
      const m = /^\/devstoreaccount1\/caches\/entry-(\d+)$/.exec(url.pathname);
      const entry = m ? entries.find((e) => e.id === Number(m[1])) : undefined;
      if (!entry) {
        calls.push(`${req.method} ${url.pathname} -> 404`);
        res.writeHead(404).end();
        return;
      }
      if (req.method === 'PUT') {
        const comp = url.searchParams.get('comp');
        calls.push(`upload ${comp ?? 'blob'}`);
        if (comp === 'block') blocks.set(`${entry.id}/${url.searchParams.get('blockid')}`, body);
        else if (comp === 'blocklist') {
          const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)<\//g)].map((x) => x[1]);
          entry.data = Buffer.concat(ids.map((id) => blocks.get(`${entry.id}/${id}`) ?? Buffer.alloc(0)));
        } else entry.data = body;
        res.writeHead(201, { ETag: `"entry-${entry.id}"`, 'Last-Modified': new Date().toUTCString(), 'x-ms-request-id': String(calls.length), 'x-ms-version': '2024-11-04', 'x-ms-request-server-encrypted': 'true' }).end();
        return;
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        calls.push('download');
        res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(entry.data.length) });
        res.end(req.method === 'GET' ? entry.data : undefined);
        return;
      }
      res.writeHead(405).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${base}/`,
    entries,
    calls,
    failWith(status: number) {
      failing = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
