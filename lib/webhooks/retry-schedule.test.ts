import { describe, expect, it } from "vitest";
import { DEFAULT_WEBHOOK_TIMING, nextAttemptAt } from "./retry-schedule";

describe("the retry schedule", () => {
  it("waits 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 3 h, then 6 h, and gives up after 24 h", () => {
    const first = new Date("2027-01-01T00:00:00Z");
    let now = first;
    const waits: number[] = [];
    for (let attempts = 1; ; attempts++) {
      const next = nextAttemptAt({ attemptsMade: attempts, firstAttemptAt: first, now, timing: DEFAULT_WEBHOOK_TIMING });
      if (!next) break;
      waits.push((next.getTime() - now.getTime()) / 1_000);
      now = next;
    }
    expect(waits).toEqual([5, 30, 120, 600, 1_800, 3_600, 10_800, 21_600, 21_600, 21_600]);
    expect((now.getTime() - first.getTime()) / 3_600_000).toBeLessThanOrEqual(24);
    expect(waits.length + 1).toBe(11);
  });
});
