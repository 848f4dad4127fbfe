/**
 * deploy_target swarm: what the manager said about the service (swarm-state.sh's lines), and what
 * that means for the deploy gantry waits on (pure: no I/O). Decisions read Swarm's UpdateStatus
 * and the tasks' states, never the CLI's progress text.
 */
import { StepOutput, listValues } from '../../steps/render';

export interface SwarmTask {
  readonly id: string;
  readonly slot: string;
  readonly nodeId: string;
  readonly desired: string;
  readonly state: string;
  readonly image: string;
  readonly error: string;
}

export interface SwarmState {
  readonly exists: boolean;
  readonly image: string;
  readonly previousImage: string;
  /** UpdateStatus.State: updating, paused, completed, rollback_started, rollback_paused, rollback_completed; '' when none. */
  readonly updateState: string;
  readonly updateStarted: string;
  readonly updateMessage: string;
  /** Node id -> its address. */
  readonly nodes: ReadonlyMap<string, string>;
  readonly tasks: readonly SwarmTask[];
}

export function parseSwarmState(out: StepOutput): SwarmState {
  const v = out.values;
  const nodes = new Map<string, string>();
  for (const line of listValues(out, 'node')) {
    const [id, addr] = line.split('|');
    nodes.set(id, addr ?? '');
  }
  const tasks = listValues(out, 'task').map((line) => {
    const parts = line.split('|');
    return {
      id: parts[0] ?? '', slot: parts[1] ?? '', nodeId: parts[2] ?? '', desired: parts[3] ?? '', state: parts[4] ?? '',
      image: parts[5] ?? '', error: parts.slice(6).join('|'),
    };
  });
  return {
    exists: v.service === '1',
    image: v.image ?? '',
    previousImage: v.previous_image ?? '',
    updateState: v.update_state ?? '',
    updateStarted: v.update_started ?? '',
    updateMessage: v.update_message ?? '',
    nodes,
    tasks,
  };
}

/** The digest of an image reference (repo@sha256:...), '' when it has none. */
export function digestOf(image: string): string {
  const at = image.lastIndexOf('@');
  return at >= 0 ? image.slice(at + 1) : '';
}

/** The tasks Swarm wants running now (one per slot, or per node in global mode). */
export function currentTasks(s: SwarmState): SwarmTask[] {
  return s.tasks.filter((t) => t.desired === 'running');
}

/** Tasks of this digest that failed or were rejected: what a crashing image leaves behind. */
export function failedTasks(s: SwarmState, digest: string): SwarmTask[] {
  return s.tasks.filter((t) => (t.state === 'failed' || t.state === 'rejected') && digestOf(t.image) === digest);
}

/** Every current task runs this digest, and there are as many as wanted (at least one). */
export function allRunning(s: SwarmState, digest: string, wanted: number): boolean {
  const cur = currentTasks(s);
  return cur.length >= Math.max(1, wanted) && cur.every((t) => t.state === 'running' && digestOf(t.image) === digest);
}

export type Verdict =
  /** Every task runs the new digest. */
  | 'converged'
  /** Swarm rolled the update back to the previous spec. */
  | 'rolled-back'
  /** The update (or its rollback) paused: the service is left as it is. */
  | 'paused'
  /** A first create whose tasks keep failing. */
  | 'failing'
  | 'waiting';

export interface WaitFor {
  readonly digest: string;
  /** Tasks wanted: replicas, or the ready nodes in global mode. */
  readonly wanted: number;
  /** A first create: no previous spec, no UpdateStatus. */
  readonly create: boolean;
  /** UpdateStatus.StartedAt before gantry's update: a different one is gantry's update. */
  readonly startedBefore: string;
}

/** What the service's state says about the deploy gantry started. */
export function verdictOf(s: SwarmState, w: WaitFor): Verdict {
  if (!s.exists) return 'failing';
  if (w.create) {
    if (allRunning(s, w.digest, w.wanted)) return 'converged';
    return failedTasks(s, w.digest).length >= Math.max(2, w.wanted) ? 'failing' : 'waiting';
  }
  const ours = s.updateStarted !== '' && s.updateStarted !== w.startedBefore;
  if (ours) {
    switch (s.updateState) {
      case 'rollback_completed':
        return 'rolled-back';
      case 'paused':
      case 'rollback_paused':
        return 'paused';
      case 'completed':
        return allRunning(s, w.digest, w.wanted) ? 'converged' : 'waiting';
      default:
        return 'waiting';
    }
  }
  // No update started (yet, or at all: the task spec did not change).
  return allRunning(s, w.digest, w.wanted) && digestOf(s.image) === w.digest ? 'converged' : 'waiting';
}

/** What Swarm's own rollback (gantry rollback) has come to. */
export function rollbackVerdictOf(s: SwarmState, startedBefore: string): 'done' | 'paused' | 'waiting' {
  if (s.updateStarted === startedBefore) return 'waiting';
  if (s.updateState === 'rollback_completed') return 'done';
  if (s.updateState === 'rollback_paused' || s.updateState === 'paused') return 'paused';
  return 'waiting';
}

/** A task as Swarm names it: service.slot (or the node in global mode), then its id. */
export function taskName(service: string, t: SwarmTask): string {
  return `${service}.${t.slot !== '0' && t.slot ? t.slot : t.nodeId.slice(0, 12)}.${t.id.slice(0, 12)}`;
}

/** The task's node by address (its id when the node is gone; unassigned before scheduling). */
export function nodeOf(s: SwarmState, t: SwarmTask): string {
  return s.nodes.get(t.nodeId) || t.nodeId.slice(0, 12) || 'unassigned';
}
