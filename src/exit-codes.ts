/** Exit codes of every front end. */
export const EXIT = {
  ok: 0,
  /** A user mistake or a failed build: nothing was changed on any host. */
  failed: 1,
  /** Wrong command-line usage. */
  usage: 2,
  /** The rollout failed and every host is back on the version it ran before. */
  rolledBack: 3,
  /** The rollout failed and the fleet is left on mixed or unknown versions. */
  mixed: 4,
  /** Cancelled (SIGINT or SIGTERM): every host the run touched is back on the version it ran before. */
  cancelled: 5,
  /** exec: the command exited non-zero, or could not run (unreachable, locked, the service not there), on at least one host. */
  execFailed: 6,
} as const;
