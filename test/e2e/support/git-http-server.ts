import { spawn } from 'child_process';
import * as http from 'http';
import { AddressInfo } from 'net';

/**
 * Serves the bare repositories under a folder over smart HTTP on a loopback port, through git's
 * own CGI program (git http-backend, one process per request), as a GitLab instance serves
 * project repositories; with `auth`, only requests with those basic-auth credentials are served
 * (a company's private Go modules).
 */
export interface GitHttpServer {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Requests served, and those refused for wrong or missing credentials. */
  readonly served: number;
  readonly refused: number;
  /** Rotates the password: from now on only this one is accepted (with auth). */
  setPassword(password: string): void;
  close(): Promise<void>;
}

export async function startGitHttpServer(root: string, auth?: { user: string; password: string }): Promise<GitHttpServer> {
  const basic = (password: string) => `Basic ${Buffer.from(`${auth?.user}:${password}`).toString('base64')}`;
  let expected = auth ? basic(auth.password) : '';
  const state = { served: 0, refused: 0 };
  const server = http.createServer((req, res) => {
    if (auth && req.headers.authorization !== expected) {
      state.refused++;
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="private modules"' });
      res.end('authentication required\n');
      req.resume();
      return;
    }
    state.served++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        ...(auth ? { REMOTE_USER: auth.user } : {}),
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
      },
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let headersDone = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) return void res.write(chunk);
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headersDone = true;
      let status = 200;
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = parseInt(value, 10);
        else res.setHeader(name, value);
      }
      res.writeHead(status);
      res.write(head.subarray(end + 4));
    });
    cgi.stderr.resume();
    cgi.on('close', () => {
      if (!headersDone) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get served() {
      return state.served;
    },
    get refused() {
      return state.refused;
    },
    setPassword(password: string) {
      if (!auth) throw new Error('this git server takes no credentials');
      expected = basic(password);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
