/**
 * status and logs for deploy_target swarm: what the manager said about the service (swarm-status.sh
 * after swarm-state.sh), as the JSON of the status output and as a table (pure: no I/O).
 */
import { shortDigest } from '../../../image-ref';
import { StepOutput } from '../../steps/render';
import { describeEntry, parseHistory } from './swarm-history';
import { currentTasks, digestOf, nodeOf, parseSwarmState, taskName } from './swarm-state';

export interface SwarmTaskStatus {
  readonly node: string;
  readonly task: string;
  readonly desired: string;
  readonly state: string;
  readonly digest: string;
  readonly error: string;
}

export interface SwarmServiceStatus {
  readonly target: 'swarm';
  readonly manager: string;
  readonly error?: string;
  /** Whether the service exists (false also when the manager did not answer). */
  readonly exists: boolean;
  readonly mode?: string;
  readonly replicas?: number;
  readonly image?: string;
  readonly digest?: string;
  readonly revision?: string;
  readonly deployedAt?: string;
  readonly deployedBy?: string;
  /** Swarm's UpdateStatus: updating, completed, paused, rollback_started, rollback_completed... ('' when none). */
  readonly update?: { readonly state: string; readonly message: string; readonly startedAt: string };
  readonly previousImage?: string;
  /** The tasks Swarm wants running, then the last failed ones (with their errors). */
  readonly tasks: readonly SwarmTaskStatus[];
  /** The versions recorded in the service's history label, newest first: rollback_to candidates besides the live one. */
  readonly history: ReadonlyArray<{ readonly digest: string; readonly revision: string; readonly deployedAt: string; readonly ref: string }>;
}

/** The most failed tasks listed besides the current ones. */
const FAILED_SHOWN = 5;

export function swarmStatus(service: string, manager: string, out: StepOutput | undefined, error?: string): SwarmServiceStatus {
  const base = { target: 'swarm' as const, manager, ...(error !== undefined ? { error } : {}) };
  if (!out || out.values.service !== '1') return { ...base, exists: false, tasks: [], history: [] };
  const s = parseSwarmState(out);
  const v = out.values;
  const current = currentTasks(s);
  const failed = s.tasks.filter((t) => t.desired !== 'running' && (t.state === 'failed' || t.state === 'rejected')).slice(0, FAILED_SHOWN);
  const digest = v.label_image_digest || digestOf(s.image);
  return {
    ...base,
    exists: true,
    mode: v.mode ?? '',
    ...(v.replicas ? { replicas: Number(v.replicas) } : {}),
    image: s.image,
    digest,
    revision: v.label_revision ?? '',
    deployedAt: v.label_deployed_at ?? '',
    deployedBy: v.label_deployed_by ?? '',
    update: { state: s.updateState, message: s.updateMessage, startedAt: s.updateStarted },
    previousImage: s.previousImage,
    tasks: [...current, ...failed].map((t) => ({
      node: nodeOf(s, t), task: taskName(service, t), desired: t.desired, state: t.state, digest: digestOf(t.image), error: t.error,
    })),
    history: parseHistory(v.label_history ?? '').filter((e) => e.digest !== digest)
      .map((e) => ({ digest: e.digest, revision: e.revision, deployedAt: e.deployedAt, ref: e.ref })),
  };
}

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [fmt(head), ...rows.map(fmt)];
}

/** The status as text: the service and its labels, its update state, a row per task, the history. */
export function renderSwarmStatus(service: string, st: SwarmServiceStatus): string {
  if (!st.exists) {
    return `${service} (swarm, manager ${st.manager}): ${st.error !== undefined ? `no answer (${st.error})` : 'no such service'}`;
  }
  const mode = st.mode === 'global' ? 'global' : `${st.replicas ?? '?'} replicas`;
  const u = st.update;
  const lines = [
    `${service} (swarm service on manager ${st.manager}, ${mode}):`,
    `live      ${shortDigest(st.digest)}  revision ${st.revision || '-'}  deployed ${st.deployedAt || '-'} by ${st.deployedBy || '-'}`,
    `image     ${st.image}`,
    `update    ${u?.state || 'none'}${u?.message ? `: ${u.message}` : ''}${u?.startedAt ? ` (started ${u.startedAt.replace(/\.\d+Z$/, 'Z')})` : ''}`,
    ...table(['node', 'task', 'state', 'digest', 'error'], st.tasks.map((t) => [
      t.node, t.task, t.desired === 'running' ? t.state : `${t.state} (desired ${t.desired})`, shortDigest(t.digest), t.error || '-',
    ])),
    `history (rollback_to candidates): ${st.history.map((e) => describeEntry({ ...e })).join('; ') || '-'}`,
  ];
  return lines.join('\n');
}
