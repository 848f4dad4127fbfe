/**
 * Code a run will need after its build (the SBOM library, say), loaded while the build waits on
 * the engine rather than after it: loading is CPU work of this process, and during the compile
 * this process only waits. What is queued and never reached is loaded when first used, as before.
 */

const queued: Array<() => Promise<unknown>> = [];

/** Queues a load (a dynamic import) for the next wait on the engine. */
export function loadWhileWaiting(load: () => Promise<unknown>): void {
  queued.push(load);
}

/** The run waits on the engine now (a compile is running): the queued loads run. */
export function waitingOnEngine(): void {
  for (const load of queued.splice(0)) load().catch(() => undefined);
}
