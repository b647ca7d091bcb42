// One seed for every fuzz property, printed with any failure (fast-check adds the seed and the
// shrunk path to its message); FUZZ_SEED replays a failure, FUZZ_RUNS scales every run count.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_124);
const scale = Number(process.env.FUZZ_RUNS_SCALE ?? 1);

export const runs = (n: number) => ({ seed: FUZZ_SEED, numRuns: Math.max(1, Math.round(n * scale)) });
