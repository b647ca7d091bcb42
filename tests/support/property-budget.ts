// Long property runs end on a time budget, not on the test runner's timeout. On a slower or busy
// machine a property does fewer runs instead of failing on a wall clock; below its floor of runs
// it fails, so a run that did next to nothing is never reported as a pass.
//
// Environment, for a long local run or to replay a failure:
//   FUZZ_SEED=<n>          the seed of every property (fast-check prints the seed with a failure)
//   FUZZ_RUNS_SCALE=<f>    multiplies every target number of runs
//   FUZZ_TIME_SCALE=<f>    multiplies every time budget, and the test timeouts derived from them
//   e.g. FUZZ_RUNS_SCALE=20 FUZZ_TIME_SCALE=20 npx vitest run --project integration tests/fuzz
import fc from "fast-check";
import { expect } from "vitest";

export interface PropertyBudget {
  /** Runs to do when time allows. */
  runs: number;
  /** Fewest completed runs that still test something; fewer fails the test. */
  minRuns: number;
  /** Seconds after which no further run counts and the property ends. */
  seconds: number;
  /** A fixed seed; without one, FUZZ_SEED or a fresh random seed. */
  seed?: number;
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number; got "${raw}".`);
  return value;
}

const envSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const runsScale = positive("FUZZ_RUNS_SCALE", 1);
const timeScale = positive("FUZZ_TIME_SCALE", 1);

/** The seed a suite with its own default seed uses: FUZZ_SEED wins, to replay a failure. */
export const seedOr = (fallback: number): number => envSeed ?? fallback;

/** The number of runs asked for, scaled by FUZZ_RUNS_SCALE. */
const scaledRuns = (runs: number): number => Math.max(1, Math.round(runs * runsScale));

/**
 * A test timeout for `count` properties of this budget run one after another: their time, plus a
 * margin for the set-up and for the run in progress when the budget ends (it is waited for).
 */
export function timeoutFor(budget: PropertyBudget, count = 1, marginSeconds = 60): number {
  return Math.ceil((budget.seconds * timeScale * count + marginSeconds) * 1000);
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === "object" && value !== null && "then" in value;
}

/**
 * fc.assert with the budget: at most `runs` runs, none started once `seconds` have passed, and a
 * failure unless at least `minRuns` completed. Returns the number of completed runs.
 */
export async function assertWithinBudget<Ts>(property: fc.IRawProperty<Ts>, budget: PropertyBudget): Promise<number> {
  const numRuns = scaledRuns(budget.runs);
  const timeLimitMs = budget.seconds * timeScale * 1000;
  let details: fc.RunDetails<unknown> | undefined;
  let inFlight: Promise<unknown> | undefined;
  // Innermost plugin: it sees the predicate's own promise, which fast-check abandons (but cannot
  // stop) when the time limit falls during a run.
  const track: fc.Plugin<unknown> = () => ({
    decorateRun: (run) => (value) => {
      const out = run(value);
      if (isPromise(out)) inFlight = out;
      return out;
    },
    onAllRunsComplete: (runDetails) => {
      details = runDetails;
    },
  });
  try {
    const seed = budget.seed ?? envSeed;
    await fc.assert(property, { ...(seed !== undefined && { seed }), numRuns, plugins: [fc.interruptAfterTimeLimit(timeLimitMs), track] });
  } finally {
    // An abandoned run still reads and writes; let it end before the next property or the
    // test's clean-up looks at the same data.
    await inFlight?.catch(() => undefined);
  }
  const completed = details?.numRuns ?? 0;
  const floor = Math.min(budget.minRuns, numRuns);
  expect(completed, `only ${completed} of ${numRuns} runs fitted in ${timeLimitMs / 1000} s (seed ${details?.seed}); at least ${floor} are needed`).toBeGreaterThanOrEqual(floor);
  if (details?.interrupted) console.info(`property budget: ${completed} of ${numRuns} runs in ${timeLimitMs / 1000} s (seed ${details.seed})`);
  return completed;
}
