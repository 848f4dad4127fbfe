/**
 * The day-two commands for deploy_target binary, read from its status step (pure): what each host
 * runs is a release under binary_root (<commit_time>-<short_sha>), the rollback candidates are the
 * other releases kept there.
 */
import { StepOutput, listValues, parseStepOutput } from '../../steps/render';
import { renderTable } from '../text-table';
import { describeLock, lockHolder, unfinishedSwitch } from '../../steps/lock-steps';

export interface BinaryHostStatus {
  host: string;
  error?: string;
  /** The release current points at. */
  live?: {
    release: string;
    /** The commit's short sha and time, read from the release's name. */
    commit: string;
    committedAt: string;
    sha256: string;
    switchedAt: string;
    switchedBy: string;
  };
  /** What a plain rollback goes back to ('' when none is recorded). */
  previous: string;
  /** Rollback candidates (rollback_to), newest first: every release kept but the live one. */
  kept: string[];
  lock?: { by: string; runner: string; since: string; ageSeconds: number };
  /** binary_root as the host resolved it. */
  root?: string;
  /** A switch begun and not finished (a run in its gate, or one killed halfway), in one line. */
  unfinishedSwitch?: string;
}

/** <commit_time>-<short_sha> -> the commit's short sha and its time (ISO, UTC). */
export function releaseCommit(release: string): { commit: string; committedAt: string } {
  const m = /^([0-9]+)-([0-9a-f]+)$/.exec(release);
  if (!m) return { commit: '', committedAt: '' };
  return { commit: m[2], committedAt: new Date(Number(m[1]) * 1000).toISOString().replace(/\.000Z$/, 'Z') };
}

export function binaryHostStatus(a: { host: string; out?: StepOutput; error?: string }): BinaryHostStatus {
  const out = a.out ?? parseStepOutput('');
  const v = out.values;
  const live = v.live_release;
  const st: BinaryHostStatus = { host: a.host, previous: v.previous ?? '', kept: listValues(out, 'kept').filter((r) => r !== live) };
  if (a.error !== undefined) st.error = a.error;
  if (live) {
    st.live = { release: live, ...releaseCommit(live), sha256: v.live_checksum ?? '', switchedAt: v.live_switched_at ?? '', switchedBy: v.live_by ?? '' };
  }
  const lock = lockHolder(v);
  if (lock) st.lock = lock;
  if (v.root) st.root = v.root;
  const sw = unfinishedSwitch(v, `of current (from ${v.switch_back_to || 'nothing'})`);
  if (sw) st.unfinishedSwitch = sw;
  return st;
}

export function renderBinaryStatus(name: string, hosts: readonly BinaryHostStatus[]): string {
  const head = ['host', 'live release', 'committed', 'switched', 'by', 'kept (rollback_to candidates)', 'lock'];
  const rows = hosts.map((h) => (h.error !== undefined && !h.live
    ? [h.host, 'no answer', '', '', '', '', '']
    : [
      h.host,
      h.live?.release ?? 'nothing',
      h.live?.committedAt || '-',
      h.live?.switchedAt || '-',
      h.live?.switchedBy || '-',
      h.kept.map((r) => (r === h.previous ? `${r} (previous)` : r)).join(', ') || '-',
      describeLock(h.lock),
    ]));
  const errors = hosts.filter((h) => h.error !== undefined).map((h) => `${h.host}: ${h.error}`);
  const switches = hosts.filter((h) => h.unfinishedSwitch).map((h) => `${h.host}: ${h.unfinishedSwitch}`);
  return [`${name} (binary):`, ...renderTable(head, rows), ...switches, ...errors].join('\n');
}
