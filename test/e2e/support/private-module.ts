import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './testbed';

/**
 * A company's private Go module for the secrets tests: a git repository with tagged versions,
 * and the go.sum lines Go will check it against (git-http-server.ts serves it with basic auth).
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
