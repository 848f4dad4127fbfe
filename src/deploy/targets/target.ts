/**
 * What every deploy target gives the target-neutral machinery: how a rollout of it runs, what
 * status and logs ask each host and make of the answers, and what a rollback would go back to.
 * targets/index.ts holds the one switch on deploy_target.
 */
import { DeploySpec } from '../spec/deploy-spec';
import { HostTarget } from '../spec/host-list';
import { Connector } from '../connection/connector';
import { RemoteStep, StepOutput } from '../steps/render';
import { RolloutContext, TargetRun } from '../rollout/target-run';
import { RolloutReport } from '../rollout/report';

/** One host's answer to a fleet step, or why there is none. */
export interface HostAnswer {
  readonly host: string;
  readonly out?: StepOutput;
  readonly error?: string;
  /** Not asked: the command was cancelled before this host's turn. */
  readonly skipped?: boolean;
}

/** The logs command's request, parsed from its inputs. */
export interface LogsRequest {
  readonly since: string;
  readonly tail: number;
  readonly grep: string;
  readonly follow: boolean;
  /** logs_cmd (the binary target's way to read the log); '' when not set. */
  readonly cmd: string;
}

/** The exec command's request, parsed from its inputs (commands/exec.ts). */
export interface ExecRequest {
  /** exec_cmd split into words: the program, then its arguments (never empty). */
  readonly args: readonly string[];
  /** exec_in: a new container of the live image, or inside the live container. */
  readonly in: 'new' | 'live';
  /** exec_lock: the service's deploy lock is held on each host while the command runs. */
  readonly lock: boolean;
  /** exec_timeout, in seconds. */
  readonly timeoutSeconds: number;
}

/** The last lines of a command's output an exec step sends back from each host. */
export const EXEC_MAX_LINES = 5000;

/** How one exec step runs on a host: whether this run holds the lock there, and the run's id. */
export interface ExecRun {
  readonly locked: boolean;
  /** Random per run: names the run's container on the host. */
  readonly runId: string;
}

/** What a rollback would go back to on one host (verify_key checks it before the rollout). */
export interface RollbackRef {
  readonly host: string;
  /** repository@digest of the kept previous version, '' when the host keeps none. */
  readonly ref: string;
}

/** A deploy target over its own shape of the spec (targets/index.ts hands each the spec of its deploy_target). */
export interface Target<S extends DeploySpec = DeploySpec> {
  /**
   * How a rollout runs: one run per host, which the rollout batches (max_failures, the fleet's
   * undo), or one run for the whole service (Swarm schedules the tasks itself).
   */
  readonly rollout:
    | { readonly kind: 'per-host'; hostRun(host: HostTarget, ctx: RolloutContext<S>): TargetRun }
    | { readonly kind: 'whole'; run(ctx: RolloutContext<S>): Promise<RolloutReport> };
  /** The status command: the step each host runs, and the table and JSON of the answers. */
  readonly status: {
    step(spec: S, keepImages: number): RemoteStep;
    render(service: string, answers: readonly HostAnswer[]): { readonly text: string; readonly json: unknown };
  };
  /** The logs command. */
  readonly logs: {
    /** Refuses, before any host is asked, what this target cannot do (an input error). */
    check(o: LogsRequest, spec: S): void;
    step(spec: S, o: LogsRequest): RemoteStep;
    /** The lines to print from the answers. */
    lines(answers: readonly HostAnswer[]): string[];
  };
  /** The exec command. */
  readonly exec: {
    /** Refuses, before any host is asked, what this target cannot run (an input error). */
    check(o: ExecRequest, spec: S): void;
    /** The step that runs the command once on a host: line= lines, then exit= (its exit code). */
    step(spec: S, o: ExecRequest, run: ExecRun): RemoteStep;
  };
  /** What a rollback would restore on each host, read without changing anything (verify_key). */
  rollbackRefs(spec: S, connect: Connector): Promise<RollbackRef[]>;
}
