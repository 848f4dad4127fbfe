/** The container target's status: one row per host, from status.sh's lines. */
import { shortDigest } from '../../../image-ref';
import { listValues, parseStepOutput } from '../../steps/render';
import { describeLock, lockHolder, unfinishedSwitch } from '../../steps/lock-steps';
import { renderTable } from '../text-table';
import { HostAnswer } from '../target';

export interface HostStatus {
  host: string;
  error?: string;
  live?: { digest: string; version: string; revision: string; state: string; health: string; startedAt: string; deployedAt: string; deployedBy: string };
  /** Rollback candidates, newest first: digests still on the host. */
  kept: string[];
  lock?: { by: string; runner: string; since: string; ageSeconds: number };
  proxy?: { port: string; dial: string; maintenance?: boolean };
  /** A switch begun and not finished (a run in its gate, or one killed halfway), in one line. */
  unfinishedSwitch?: string;
}

/** Turns a status step's lines into one host's status. Pure. */
export function hostStatus(a: HostAnswer): HostStatus {
  const v = a.out?.values ?? {};
  const st: HostStatus = { host: a.host, kept: [] };
  if (a.error !== undefined) st.error = a.error;
  if (v.live_digest !== undefined) {
    st.live = {
      digest: v.live_digest, version: v.live_version ?? '', revision: v.live_revision ?? '', state: v.live_state ?? '',
      health: v.live_health ?? '', startedAt: v.live_started_at ?? '', deployedAt: v.live_deployed_at ?? '', deployedBy: v.live_deployed_by ?? '',
    };
  }
  const candidates = [...listValues(a.out ?? parseStepOutput(''), 'kept'), ...listValues(a.out ?? parseStepOutput(''), 'recorded')]
    .map((l) => l.split(' ')[0]).filter((d) => d && d !== st.live?.digest);
  st.kept = [...new Set(candidates)];
  const lock = lockHolder(v);
  if (lock) st.lock = lock;
  const sw = unfinishedSwitch(v, v.switch_source === 'prev' ? 'to the previous version' : 'to a new version');
  if (sw) st.unfinishedSwitch = sw;
  if (v.proxy_dial) st.proxy = { port: v.proxy_port ?? '', dial: v.proxy_dial, ...(v.proxy_maintenance === '1' ? { maintenance: true } : {}) };
  return st;
}

/** The status table as text. Pure. */
export function renderStatus(service: string, hosts: readonly HostStatus[]): string {
  const head = ['host', 'live', 'revision', 'state', 'health', 'started', 'kept (rollback candidates)', 'lock'];
  const rows = hosts.map((h) => h.error !== undefined && !h.live
    ? [h.host, 'no answer', '', '', '', '', '', '']
    : [
      h.host,
      h.live ? shortDigest(h.live.digest) : 'nothing',
      h.live?.revision || '-',
      `${h.live?.state || '-'}${h.proxy?.maintenance ? ' (maintenance)' : ''}${h.unfinishedSwitch ? ' (switch unfinished)' : ''}`,
      h.live?.health || '-',
      h.live?.startedAt.replace(/\.\d+Z$/, 'Z') || '-',
      h.kept.map(shortDigest).join(', ') || '-',
      describeLock(h.lock),
    ]);
  const errors = hosts.filter((h) => h.error !== undefined).map((h) => `${h.host}: ${h.error}`);
  const switches = hosts.filter((h) => h.unfinishedSwitch).map((h) => `${h.host}: ${h.unfinishedSwitch}`);
  return [`${service}:`, ...renderTable(head, rows), ...switches, ...errors].join('\n');
}
