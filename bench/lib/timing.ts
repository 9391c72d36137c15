/**
 * Timed runs that each pay for their own garbage and only for it. Before a run every collectable object
 * is collected (a full collection, not timed), so that a run never pays for what earlier runs or an
 * earlier workload left behind (building a 10 MB document leaves tens of megabytes). The run ends with
 * a collection of the young generation, timed: the garbage the run made is collected and what it built
 * is moved out of the young generation, as happens soon after in the app. Without that a small run
 * whose allocations fit in the young generation would leave its collection to whatever ran next, while
 * a large one pays for its collections as it goes, and time would seem to grow faster than the work.
 *
 * Collecting needs Node's --expose-gc (scripts/bench.mjs restarts itself with it); without it, as in
 * the unit tests, runs are timed as they come and `collecting` says so.
 */

const gc = typeof globalThis.gc === 'function' ? globalThis.gc : null;

/** Whether runs are timed between collections (Node runs with --expose-gc). */
export const collecting = gc !== null;

/** How the runs are timed, in words for the results. */
export const timingNote = collecting
  ? 'Node workloads: a full garbage collection before each timed run (not timed); each run ends with a young-generation collection (timed), so it pays for its own garbage.'
  : 'Node workloads: timed without forced garbage collections (Node was not started with --expose-gc).';

/** The time `work` takes, in milliseconds, as described above. */
export function timeRun(work: () => unknown): number {
  gc?.();
  const start = performance.now();
  work();
  gc?.({ type: 'minor' });
  return performance.now() - start;
}
