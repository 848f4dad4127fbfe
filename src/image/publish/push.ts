import { Engine, StreamMessage } from '../../engine/docker';
import { UserError, errorMessage } from '../../errors';
import { Reporter } from '../../reporter';
import { parseRepository } from '../../image-ref';
import { RegistryLogins } from '../../registry/registry-auth';

export interface PushResult {
  digest: string;
  /** Layers the registry already had, and layers uploaded. */
  layersExisting: number;
  layersPushed: number;
}

const TRANSIENT = /timeout|timed out|connection refused|connection reset|broken pipe|EOF|50[0-9]|429|too many requests|tls handshake|no such host|i\/o/i;
const AUTH = /unauthorized|authentication required|denied|401|403|no basic auth credentials/i;

export function isTransient(message: string): boolean {
  return !AUTH.test(message) && TRANSIENT.test(message);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Pushes repository:tag with credentials in the engine API's auth header only (nothing
 * written to ~/.docker, nothing on a command line), retrying transient registry errors.
 */
export async function pushTag(
  engine: Engine,
  reporter: Reporter,
  repository: string,
  tag: string,
  logins: RegistryLogins,
  attempts = 4,
): Promise<PushResult> {
  const registry = parseRepository(repository).registry;
  const credentials = logins.for(registry);
  const auth = credentials.username || credentials.password
    ? { username: credentials.username, password: credentials.password, serveraddress: registry }
    : undefined;
  for (let attempt = 1; ; attempt++) {
    const result: PushResult = { digest: '', layersExisting: 0, layersPushed: 0 };
    const seen = new Map<string, string>();
    try {
      await engine.push(repository, tag, auth, (m: StreamMessage) => {
        const aux = m.aux as { Digest?: string } | undefined;
        if (aux?.Digest) result.digest = aux.Digest;
        if (m.id && m.status && !m.progressDetail?.total) {
          if (m.status !== seen.get(m.id)) reporter.info(`push ${tag}: ${m.id}: ${m.status}`);
          seen.set(m.id, m.status);
        }
      });
      for (const status of seen.values()) {
        if (/already exists|mounted from/i.test(status)) result.layersExisting++;
        else if (/pushed/i.test(status)) result.layersPushed++;
      }
      if (!result.digest) throw new Error('the engine reported no digest for the push');
      return result;
    } catch (err) {
      const message = errorMessage(err);
      if (err instanceof UserError) throw err;
      if (AUTH.test(message)) {
        throw new UserError(
          `registry ${registry} refused the push of ${repository}:${tag} (${message.trim()}); ${logins.hint(registry)}`,
        );
      }
      if (attempt >= attempts || !isTransient(message)) {
        throw new UserError(`push of ${repository}:${tag} to ${registry} failed: ${message.trim()}`);
      }
      const wait = 1000 * 2 ** (attempt - 1);
      reporter.warn(`push of ${repository}:${tag} failed (${message.trim()}); retrying in ${wait / 1000}s (attempt ${attempt + 1} of ${attempts})`);
      await sleep(wait);
    }
  }
}

export interface PushedImage {
  /** The registry's manifest digest, the same under every tag. */
  digest: string;
  /** The registry had every layer already. */
  unchanged: boolean;
  seconds: number;
}

/** Pushes every tag of one built image (repository:tag for each of `tags`) in one log group. */
export async function pushImage(
  engine: Engine,
  reporter: Reporter,
  repository: string,
  tags: readonly string[],
  logins: RegistryLogins,
): Promise<PushedImage> {
  const started = Date.now();
  let digest = '';
  let unchanged = true;
  await reporter.group(`Push ${repository}`, async () => {
    for (const tag of tags) {
      const r = await pushTag(engine, reporter, repository, tag, logins);
      if (digest && r.digest !== digest) throw new Error(`tags of one image got two digests: ${digest} and ${r.digest}`);
      digest = r.digest;
      if (r.layersPushed > 0) unchanged = false;
    }
    reporter.info(`pushed ${tags.length} tag(s), digest ${digest}${unchanged ? ' (unchanged: the registry had every layer)' : ''}`);
  });
  return { digest, unchanged, seconds: (Date.now() - started) / 1000 };
}
