import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assertWithinBudget, timeoutFor } from "./property-budget";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("assertWithinBudget", () => {
  it("does every run when time allows", async () => {
    let calls = 0;
    const done = await assertWithinBudget(
      fc.property(fc.nat(), () => void calls++),
      { runs: 50, minRuns: 10, seconds: 30 },
    );
    expect(done).toBe(50);
    expect(calls).toBe(50);
  });

  it("ends a slow property at its time limit, and only once the run in progress has finished", async () => {
    let started = 0;
    let finished = 0;
    const done = await assertWithinBudget(
      fc.asyncProperty(fc.nat(), async () => {
        started++;
        await sleep(20);
        finished++;
      }),
      { runs: 1_000, minRuns: 1, seconds: 0.5 },
    );
    expect(done).toBeGreaterThanOrEqual(1);
    expect(done).toBeLessThan(1_000);
    expect(finished, "no run still going after the property returned").toBe(started);
  });

  it("ends a slow synchronous property at its time limit", async () => {
    const done = await assertWithinBudget(
      fc.property(fc.nat(), () => {
        const until = Date.now() + 10;
        while (Date.now() < until);
      }),
      { runs: 1_000, minRuns: 1, seconds: 0.2 },
    );
    expect(done).toBeGreaterThanOrEqual(1);
    expect(done).toBeLessThan(1_000);
  });

  it("fails when fewer runs than the floor fitted in the time", async () => {
    const slow = fc.asyncProperty(fc.nat(), () => sleep(50));
    await expect(assertWithinBudget(slow, { runs: 1_000, minRuns: 500, seconds: 0.2 })).rejects.toThrow(/only \d+ of 1000 runs fitted in 0\.2 s .*at least 500 are needed/);
  });

  it("reports a failing property the way fc.assert does, with its seed and counterexample", async () => {
    const failing = fc.property(fc.integer({ min: 0, max: 1_000 }), (n) => {
      expect(n).toBeLessThan(500);
    });
    await expect(assertWithinBudget(failing, { runs: 200, minRuns: 1, seconds: 30, seed: 42 })).rejects.toThrow(/Property failed after \d+ tests\s*\{ seed: 42,[\s\S]*Counterexample: \[500\]/);
  });
});

describe("timeoutFor", () => {
  it("is the budget of every property plus a margin, in milliseconds", () => {
    expect(timeoutFor({ runs: 10, minRuns: 1, seconds: 12 }, 5)).toBe(120_000);
    expect(timeoutFor({ runs: 10, minRuns: 1, seconds: 4 }, 1, 10)).toBe(14_000);
  });
});
