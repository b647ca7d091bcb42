import fc from "fast-check";

// One seed for every fuzz property, printed with any failure (fast-check adds the seed and the
// shrunk path to its message); FUZZ_SEED replays a failure, FUZZ_RUNS scales every run count.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_124);
const scale = Number(process.env.FUZZ_RUNS_SCALE ?? 1);

export const runs = (n: number) => ({ seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(n * scale)) });


/**
 * `n` runs, or as many as fit in `budgetMs` on a slow machine: fast-check starts no run once the
 * time is up, without failing. Wrap the predicate in a `RunTracker` and check its count against
 * `minRuns`, so a budget too small to test anything fails instead of passing empty.
 */
export function timeBoxed(n: number, options: { budgetMs: number; minRuns: number }) {
  const base = runs(n);
  return { parameters: { ...base, plugins: [fc.interruptAfterTimeLimit(options.budgetMs)] }, minRuns: Math.min(options.minRuns, base.numRuns) };
}

/**
 * Counts the runs of a property that finished, and keeps the last one: fast-check cannot stop a
 * predicate, so the run in flight when the time limit struck goes on after `fc.assert` returns.
 * `settle()` waits for it (and fails as it fails) before anything else touches the database.
 */
export class RunTracker {
  completed = 0;
  private last: Promise<void> = Promise.resolve();

  wrap<A extends unknown[]>(predicate: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
    return (...args) => {
      const run = predicate(...args).then(() => {
        this.completed++;
      });
      this.last = run;
      return run;
    };
  }

  settle(): Promise<void> {
    return this.last;
  }
}
