// One seed for every fuzz property, printed with any failure (fast-check adds the seed and the
// shrunk path to its message). FUZZ_SEED replays a failure, FUZZ_RUNS_SCALE scales every run
// count and FUZZ_TIME_SCALE every time budget (tests/support/property-budget.ts).
import { seedOr, type PropertyBudget } from "@/tests/support/property-budget";

const FUZZ_SEED = seedOr(20_261_124);

/** A time-bounded fuzz property on the suite's seed (see assertWithinBudget). */
export const fuzzBudget = (budget: Omit<PropertyBudget, "seed">): PropertyBudget => ({ ...budget, seed: FUZZ_SEED });
