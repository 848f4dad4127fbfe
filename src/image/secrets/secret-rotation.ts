import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { userCacheDir } from '../../user-dirs';
import { RunStep } from './secret-mounts';
import { BuildSecrets } from './secret-sources';

/**
 * BuildKit keeps a secret's value out of its cache key, so a rotated token would silently
 * reuse the step that fetched with the old one. gantry gives each step that mounts secrets
 * one more mount: an empty, read-only cache mount whose id carries an HMAC of the mounted
 * values under a random salt that never leaves this machine. A changed value changes the
 * id, so the step's cache key, and the step runs again. Checked on the engine: mount flags
 * are not written to the image's history, and a mount under /dev (a tmpfs in every build
 * container) leaves no mount point in the layer, so nothing of it reaches the image.
 */
export const ROTATION_TARGET = '/dev/.gantry-secrets';
const SALT_BYTES = 32;

/** Where the salt lives: the runner's cache folder, beside the engine it builds on. */
export function saltFile(env: NodeJS.ProcessEnv): string {
  return path.join(userCacheDir(env), 'gantry', 'secrets-salt');
}

/** Reads the salt, creating it (0600) on first use. */
export function loadSalt(file: string): Buffer {
  try {
    const salt = fs.readFileSync(file);
    if (salt.length === SALT_BYTES) return salt;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written aside, then linked into place: concurrent builds (config, parallel) all end up
  // with the one salt that won, never a half-written one.
  const salt = crypto.randomBytes(SALT_BYTES);
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, salt, { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
    return salt;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const winner = fs.readFileSync(file);
    if (winner.length === SALT_BYTES) return winner;
    // A damaged salt (wrong size) is replaced: steps that mount secrets run once more.
    fs.renameSync(tmp, file);
    return salt;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** The step's revision: HMAC-SHA256(salt, what it mounts), 128 bits in hex. */
export function stepRevision(salt: Buffer, step: RunStep, secrets: BuildSecrets): string {
  const h = crypto.createHmac('sha256', salt);
  const mounts = [...step.mounts].sort((a, b) => `${a.type}:${a.id}`.localeCompare(`${b.type}:${b.id}`));
  for (const m of mounts) {
    h.update(`${m.type}\0${m.id}\0`);
    if (m.type === 'secret') {
      const v = secrets.secrets.get(m.id)?.value ?? Buffer.alloc(0);
      h.update(`${v.length}\0`).update(v);
    } else {
      for (const k of secrets.agents.get(m.id)?.publicKeys ?? []) h.update(`${k.length}\0`).update(k);
    }
    h.update('\0');
  }
  return h.digest('hex').slice(0, 32);
}

export function rotationMount(revision: string): string {
  return `--mount=type=cache,id=gantry-secrets-${revision},target=${ROTATION_TARGET},ro`;
}

/** Adds the rotation mount to each given step's RUN line; the rest of the file is untouched. */
export function addRotationMounts(dockerfile: string, steps: Array<{ step: RunStep; revision: string }>): string {
  const lines = dockerfile.split('\n');
  for (const { step, revision } of steps) {
    const i = step.line - 1;
    const replaced = lines[i].replace(/^(\s*RUN)(\s+)/i, `$1 ${rotationMount(revision)}$2`);
    if (replaced === lines[i]) throw new Error(`line ${step.line} is not a RUN instruction: ${lines[i]}`);
    lines[i] = replaced;
  }
  return lines.join('\n');
}
