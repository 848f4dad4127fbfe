import { execFileSync, spawn } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { ROOT } from './testbed';

/**
 * A company's private Go module for the secrets tests: a git repository with tagged versions,
 * the go.sum lines Go will check it against, and a loopback git HTTP server (git http-backend)
 * that wants basic auth.
 */

const GIT_ENV = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '@1735000000 +0000', GIT_COMMITTER_DATE: '@1735000000 +0000' };

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

function render(text: string, module: string, version: string): string {
  return text.replace(/PRIVATE_MODULE/g, module).replace(/VERSION/g, version);
}

function libFiles(module: string, version: string): Record<string, string> {
  const dir = path.join(ROOT, 'test/fixtures/secrets/private-lib');
  return Object.fromEntries(fs.readdirSync(dir).map((f) => [f, render(fs.readFileSync(path.join(dir, f), 'utf8'), module, version)]));
}

/** Go's dirhash h1: SHA-256 over "sha256(file)  name\n" lines, sorted by name. */
function h1(files: Record<string, string>): string {
  const lines = Object.keys(files)
    .sort()
    .map((name) => `${crypto.createHash('sha256').update(files[name]).digest('hex')}  ${name}\n`)
    .join('');
  return `h1:${crypto.createHash('sha256').update(lines).digest('base64')}`;
}

export function goSumLines(module: string, version: string): string {
  const files = libFiles(module, version);
  const zip = Object.fromEntries(Object.entries(files).map(([name, text]) => [`${module}@${version}/${name}`, text]));
  return `${module} ${version} ${h1(zip)}\n${module} ${version}/go.mod ${h1({ 'go.mod': files['go.mod'] })}\n`;
}

/** A bare repository at `bare` holding the library at `version` (a tag); call again to add one. */
export function publishLib(work: string, bare: string, module: string, version: string): void {
  if (!fs.existsSync(work)) {
    fs.mkdirSync(work, { recursive: true });
    git(work, ['init', '-q', '-b', 'main']);
  }
  for (const [name, text] of Object.entries(libFiles(module, version))) fs.writeFileSync(path.join(work, name), text);
  git(work, ['add', '-A']);
  git(work, ['commit', '-q', '-m', version]);
  git(work, ['tag', version]);
  if (!fs.existsSync(bare)) {
    fs.mkdirSync(path.dirname(bare), { recursive: true });
    execFileSync('git', ['clone', '-q', '--bare', work, bare]);
  } else {
    git(work, ['push', '-q', bare, 'main', version]);
  }
}

/** Writes the consumer service's go.mod, go.sum and main.go for the module at `version`. */
export function writeConsumer(dir: string, module: string, version: string): void {
  const src = path.join(ROOT, 'test/fixtures/secrets/private-consumer');
  for (const f of fs.readdirSync(src)) fs.writeFileSync(path.join(dir, f), render(fs.readFileSync(path.join(src, f), 'utf8'), module, version));
  fs.writeFileSync(path.join(dir, 'go.sum'), goSumLines(module, version));
}

export interface GitHttpServer {
  port: number;
  /** Requests that carried the right credentials, and those refused. */
  served: number;
  refused: number;
  /** Rotates the credential: from now on only this password is accepted. */
  setPassword(password: string): void;
  close(): Promise<void>;
}

/**
 * `git http-backend` (smart HTTP) behind basic auth on 127.0.0.1; every request is a CGI
 * process of its own that ends with the request.
 */
export async function startGitHttpServer(projectRoot: string, user: string, password: string): Promise<GitHttpServer> {
  let expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const state = { served: 0, refused: 0 };
  const server = http.createServer((req, res) => {
    if (req.headers.authorization !== expected) {
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
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REMOTE_USER: user,
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        ...(req.headers['content-length'] ? { CONTENT_LENGTH: req.headers['content-length'] } : {}),
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
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
        const i = line.indexOf(':');
        const name = line.slice(0, i).trim();
        const value = line.slice(i + 1).trim();
        if (name.toLowerCase() === 'status') status = parseInt(value, 10);
        else res.setHeader(name, value);
      }
      res.writeHead(status);
      res.write(head.subarray(end + 4));
    });
    cgi.on('close', () => res.end());
    cgi.stderr.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    get served() {
      return state.served;
    },
    get refused() {
      return state.refused;
    },
    setPassword(p: string) {
      expected = `Basic ${Buffer.from(`${user}:${p}`).toString('base64')}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
