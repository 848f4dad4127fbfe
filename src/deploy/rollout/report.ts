import { EXIT } from '../../exit-codes';
import { shortDigest } from '../../image-ref';

/** What happened to one host. */
/** unchanged: the host already ran the target with the same settings and was left alone. */
export type Outcome = 'ok' | 'unchanged' | 'rolled back' | 'unreachable' | 'refused host key' | 'failed' | 'skipped';
/** Which version the host serves once gantry is done with it. */
export type Running = 'new' | 'previous' | 'unknown';

export interface HostReport {
  host: string;
  outcome: Outcome;
  running: Running;
  /** What ran before ('' when nothing did; undefined when not known). */
  previousDigest?: string;
  newDigest?: string;
  pullSeconds?: number;
  /**
   * Bytes sent to this host: the binary target's upload over SFTP, or an oci: image through the
   * forward or into docker load (0 when the host had it already).
   */
  uploadedBytes?: number;
  startSeconds?: number;
  healthSeconds?: number;
  /** Proxy mode: from the health gate passing to the proxy serving the new container. */
  switchSeconds?: number;
  /** One line: why it failed, or what was checked. */
  message?: string;
  /** The last log lines of a container that failed its health gate. */
  logs?: string[];
  /** Things gantry fixed or noticed on the host (an interrupted run, a broken stale lock...). */
  notes?: string[];
  /** The host key it presented: type and SHA256 fingerprint. */
  hostKey?: string;
  /** rollback: the service was never deployed on this host (nothing runs under its name, nothing is kept). */
  neverDeployed?: boolean;
}

export interface RolloutReport {
  command: 'deploy' | 'rollback';
  service: string;
  image?: string;
  batches: number;
  /** Why the rollout stopped early, if it did. */
  stopped?: string;
  /** The signal that cancelled the run (SIGINT, SIGTERM), if one did: every host touched was sent back. */
  cancelled?: string;
  seconds: number;
  exitCode: number;
  hosts: HostReport[];
}

/** A rollback that found the service on no host it tried (the others were skipped): nothing changed. */
export function neverDeployed(hosts: readonly HostReport[]): boolean {
  return hosts.some((h) => h.neverDeployed) && hosts.every((h) => h.neverDeployed || h.outcome === 'skipped');
}

/** The host ended as asked: switched, or already there. */
export function succeeded(h: Pick<HostReport, 'outcome'>): boolean {
  return h.outcome === 'ok' || h.outcome === 'unchanged';
}

/**
 * 0 when every host is ok; 3 when every host serves what it did before; 4 otherwise (mixed or
 * unknown). A cancelled run: 5 when every host serves what it did before (or was left alone as
 * unchanged), else 4.
 */
export function rolloutExitCode(hosts: readonly HostReport[], cancelled = false): number {
  if (cancelled) return hosts.every((h) => h.running === 'previous' || h.outcome === 'unchanged') ? EXIT.cancelled : EXIT.mixed;
  if (hosts.every(succeeded)) return EXIT.ok;
  // A rollback of a service no host ever ran: a mistake in the inputs (a name), and nothing changed.
  if (neverDeployed(hosts)) return EXIT.failed;
  if (hosts.every((h) => h.running === 'previous')) return EXIT.rolledBack;
  return EXIT.mixed;
}

export function deployedHosts(hosts: readonly HostReport[]): string[] {
  return hosts.filter((h) => h.running === 'new').map((h) => h.host);
}

export function failedHosts(hosts: readonly HostReport[]): string[] {
  return hosts.filter((h) => h.outcome === 'failed' || h.outcome === 'unreachable' || h.outcome === 'refused host key').map((h) => h.host);
}

function secs(n: number | undefined): string {
  return n === undefined ? '-' : n.toFixed(1);
}

function digestCell(d: string | undefined): string {
  if (d === undefined) return '?';
  return d === '' ? 'none' : shortDigest(d);
}

/** Optional columns appear only when a host has a value for them: bytes sent (binary target, oci:), the proxy's switch. */
function header(report: RolloutReport): string[] {
  const sent = report.hosts.some((h) => h.uploadedBytes !== undefined);
  const sw = report.hosts.some((h) => h.switchSeconds !== undefined);
  return ['host', 'previous -> new', 'pull s', ...(sent ? ['sent'] : []), 'start s', 'health s', ...(sw ? ['switch s'] : []), 'outcome'];
}

/** Bytes as the report shows them: exact below 10 kB, else kB or MB with one decimal. */
export function bytesText(n: number | undefined): string {
  if (n === undefined) return '-';
  if (n < 10_000) return `${n} B`;
  if (n < 10_000_000) return `${(n / 1000).toFixed(1)} kB`;
  return `${(n / 1e6).toFixed(1)} MB`;
}

function rows(report: RolloutReport): string[][] {
  const cols = header(report);
  return report.hosts.map((h) => [
    h.host,
    `${digestCell(h.previousDigest)} -> ${digestCell(h.newDigest)}`,
    secs(h.pullSeconds),
    ...(cols.includes('sent') ? [bytesText(h.uploadedBytes)] : []),
    secs(h.startSeconds),
    secs(h.healthSeconds),
    ...(cols.includes('switch s') ? [secs(h.switchSeconds)] : []),
    h.outcome,
  ]);
}

/** One line saying how the rollout ended, matching the exit code. */
export function verdictLine(report: RolloutReport): string {
  const n = report.hosts.length;
  const ok = report.hosts.filter(succeeded).length;
  const what = report.command === 'deploy' ? 'deployed' : 'rolled back';
  switch (report.exitCode) {
    case EXIT.ok:
      return `${report.service}: ${what} on all ${n} host(s) in ${report.seconds.toFixed(1)} s`;
    case EXIT.rolledBack:
      return `${report.service}: failed; every host serves the version it ran before${report.stopped ? ` (${report.stopped})` : ''}`;
    case EXIT.failed:
      if (neverDeployed(report.hosts)) {
        const tried = report.hosts.filter((h) => h.neverDeployed).map((h) => h.host);
        const skipped = n - tried.length;
        return `${report.service}: nothing to roll back: it was never deployed on ${tried.join(', ')}${skipped ? ` (${skipped} other host(s) not tried)` : ''} (check container_name); no host was changed`;
      }
      return `${report.service}: failed; no host was changed`;
    case EXIT.cancelled: {
      const back = report.hosts.filter((h) => h.outcome === 'rolled back').length;
      const untouched = n - back;
      return `${report.service}: ${report.command} cancelled (${report.cancelled}): every host touched is back on the version it ran before (${back} switched back, ${untouched} left as they were)`;
    }
    default:
      if (report.cancelled) {
        return `${report.service}: cancelled (${report.cancelled}); the fleet is left mixed or unknown: new version on ${deployedHosts(report.hosts).join(', ') || 'none'}, unknown on ${report.hosts.filter((h) => h.running === 'unknown').map((h) => h.host).join(', ') || 'none'}`;
      }
      return `${report.service}: failed; the fleet is left mixed or unknown: ${ok}/${n} ok, new version on ${deployedHosts(report.hosts).join(', ') || 'none'}${report.stopped ? ` (${report.stopped})` : ''}`;
  }
}

/** The per-host table as plain text, then one line per host that has something to say. */
export function renderReportText(report: RolloutReport): string {
  const head = header(report);
  const all = [head, ...rows(report)];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const lines = [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows(report).map(fmt)];
  for (const h of report.hosts) {
    if (h.message && !succeeded(h)) lines.push(`${h.host}: ${h.message}`);
    for (const note of h.notes ?? []) lines.push(`${h.host}: ${note}`);
    for (const l of h.logs ?? []) lines.push(`${h.host} | ${l}`);
  }
  lines.push(verdictLine(report));
  return lines.join('\n');
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

export function renderReportMarkdown(report: RolloutReport): string {
  const out = [
    `### gantry ${report.command}: ${mdCell(report.service)}${report.image ? ` (\`${report.image}\`)` : ''}`,
    '',
    `| ${header(report).join(' | ')} |`,
    `|${header(report).map(() => ' --- ').join('|')}|`,
    ...rows(report).map((r) => `| ${r.map(mdCell).join(' | ')} |`),
    '',
  ];
  for (const h of report.hosts) {
    if (h.message && !succeeded(h)) out.push(`- **${mdCell(h.host)}**: ${mdCell(h.message)}`);
    for (const note of h.notes ?? []) out.push(`- ${mdCell(h.host)}: ${mdCell(note)}`);
    if (h.logs && h.logs.length > 0) out.push('', '```', ...h.logs, '```');
  }
  out.push('', verdictLine(report));
  return out.join('\n');
}

export function reportJson(report: RolloutReport): string {
  return JSON.stringify(report);
}
