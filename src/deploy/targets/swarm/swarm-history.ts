/**
 * deploy_target swarm: the versions a service ran, newest first, kept in its own label
 * dev.gantry.history (Swarm keeps one previous spec; this is what rollback_to chooses from), and
 * the lookup of rollback_to among them (pure: no I/O). An entry is `REF|REVISION|DEPLOYED_AT`,
 * entries separated by spaces: refs hold no spaces or bars, and revision and time are reduced
 * to safe characters before they are recorded.
 */
import { inputError } from '../../../errors';
import { shortDigest } from '../../../image-ref';
import { digestOf } from './swarm-state';

export const HISTORY_LABEL = 'dev.gantry.history';
/** The most entries a label keeps, whatever keep_images says. */
export const HISTORY_MAX = 20;

export interface HistoryEntry {
  /** repository[:tag]@sha256:... as deployed. */
  readonly ref: string;
  readonly digest: string;
  readonly revision: string;
  readonly deployedAt: string;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9._+:-]/g, '').slice(0, 80);

export function parseHistory(label: string): HistoryEntry[] {
  return label.split(' ').filter(Boolean).map((e) => {
    const [ref = '', revision = '', deployedAt = ''] = e.split('|');
    return { ref, digest: digestOf(ref), revision, deployedAt };
  }).filter((e) => /^sha256:[0-9a-f]{64}$/.test(e.digest));
}

export function formatHistory(entries: readonly HistoryEntry[]): string {
  return entries.map((e) => `${e.ref}|${safe(e.revision)}|${safe(e.deployedAt)}`).join(' ');
}

/** The history after deploying `entry`: it first, an older entry of its digest dropped, at most `keep` entries. */
export function recordDeploy(history: readonly HistoryEntry[], entry: HistoryEntry, keep: number): HistoryEntry[] {
  const bound = Math.min(HISTORY_MAX, Math.max(2, Math.floor(keep) + 1));
  return [entry, ...history.filter((e) => e.digest !== entry.digest)].slice(0, bound);
}

/** One line per version, for messages and status: short digest, revision, when. */
export function describeEntry(e: HistoryEntry): string {
  return `${shortDigest(e.digest)}${e.revision ? ` revision ${e.revision}` : ''}${e.deployedAt ? ` deployed ${e.deployedAt}` : ''}`;
}

function tagOf(ref: string): string {
  const name = ref.slice(0, ref.indexOf('@') < 0 ? ref.length : ref.indexOf('@'));
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  return colon > slash ? name.slice(colon + 1) : '';
}

/**
 * The entry rollback_to names: a digest (sha256:..., or 12+ of its first hex digits), a
 * revision, or a tag; refused in one line listing the versions the service recorded.
 */
export function findVersion(history: readonly HistoryEntry[], want: string, service: string): HistoryEntry {
  const hex = want.replace(/^sha256:/, '');
  const byDigest = /^[0-9a-f]{12,64}$/.test(hex) ? history.filter((e) => e.digest.slice(7).startsWith(hex)) : [];
  const found = byDigest.length > 0 ? byDigest : history.filter((e) => (e.revision !== '' && e.revision === want) || tagOf(e.ref) === want);
  if (found.length > 0 && new Set(found.map((e) => e.digest)).size === 1) return found[0];
  const known = history.map(describeEntry).join('; ') || 'none';
  if (found.length > 1) throw inputError('rollback_to', `'${want}' matches several versions of service ${service}: ${found.map(describeEntry).join('; ')}`, 'a longer digest');
  throw inputError('rollback_to', `'${want}' is not among the versions service ${service} recorded: ${known}`, 'one of those, as a digest, revision or tag (status lists them)');
}

/** The history with the version the service runs now in it (a service deployed before history was kept has none). */
export function withCurrent(history: readonly HistoryEntry[], image: string): HistoryEntry[] {
  const digest = digestOf(image);
  if (!/^sha256:[0-9a-f]{64}$/.test(digest) || history.some((e) => e.digest === digest) || /[\s|]/.test(image)) return [...history];
  return [{ ref: image, digest, revision: '', deployedAt: '' }, ...history];
}

export interface DeployLabels {
  readonly service: string;
  /** The version deployed: ref, digest, revision (deployedAt is taken from `deployedAt`). */
  readonly entry: HistoryEntry;
  /** What the history label held before (the running version in it). */
  readonly history: readonly HistoryEntry[];
  readonly deployedAt: string;
  readonly deployedBy: string;
  readonly keep: number;
}

/** The labels of a deploy: on the service (who, when, which version, the history), and on every task's container. */
export function deployLabels(o: DeployLabels): { service: string[]; container: string[] } {
  const next = recordDeploy(o.history, { ...o.entry, deployedAt: o.deployedAt }, o.keep);
  return {
    service: [
      `dev.gantry.service=${o.service}`,
      `dev.gantry.image=${o.entry.ref}`,
      `dev.gantry.image-digest=${o.entry.digest}`,
      `dev.gantry.revision=${o.entry.revision}`,
      `dev.gantry.deployed-at=${o.deployedAt}`,
      `dev.gantry.deployed-by=${o.deployedBy.replace(/[\r\n]/g, ' ')}`,
      `${HISTORY_LABEL}=${formatHistory(next)}`,
    ],
    container: [`dev.gantry.service=${o.service}`, `dev.gantry.image-digest=${o.entry.digest}`],
  };
}
