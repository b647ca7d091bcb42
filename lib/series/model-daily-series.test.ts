import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assertWithinBudget, timeoutFor } from "@/tests/support/property-budget";
import { daysBetween, modelEvenDailySeries } from "./model-daily-series";

describe("modelEvenDailySeries", () => {
  it("spreads the reference case's 54.2 billion records over April 2018 – July 2024 exactly", () => {
    const series = modelEvenDailySeries({ total: 54_200_000_000n, from: "2018-04-01", to: "2024-07-31" });
    expect(series).toHaveLength(2314);
    expect(series[0]?.day).toBe("2018-04-01");
    expect(series.at(-1)?.day).toBe("2024-07-31");
    expect(series.reduce((sum, d) => sum + d.records, 0n)).toBe(54_200_000_000n);
  });

  it("is deterministic", () => {
    const a = modelEvenDailySeries({ total: 1_000n, from: "2020-01-01", to: "2020-01-07" });
    const b = modelEvenDailySeries({ total: 1_000n, from: "2020-01-01", to: "2020-01-07" });
    expect(a).toEqual(b);
  });

  const budget = { runs: 60, minRuns: 15, seconds: 4 };
  it("sums exactly, covers every day once, and never differs by more than one between days", async () => {
    await assertWithinBudget(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 1, max: 3_000 }), (total, length) => {
        const from = "2019-01-01";
        const to = new Date(Date.UTC(2019, 0, 1) + (length - 1) * 86_400_000).toISOString().slice(0, 10);
        const series = modelEvenDailySeries({ total, from, to });
        expect(series).toHaveLength(length);
        expect(series.reduce((s, d) => s + d.records, 0n)).toBe(total);
        const values = series.map((d) => d.records);
        const max = values.reduce((m, v) => (v > m ? v : m), 0n);
        const min = values.reduce((m, v) => (v < m ? v : m), max);
        expect(max - min <= 1n).toBe(true);
        expect(new Set(series.map((d) => d.day)).size).toBe(length);
      }),
      budget,
    );
  }, timeoutFor(budget, 1, 10));

  it("refuses a range that ends before it starts, or a negative total", () => {
    expect(() => modelEvenDailySeries({ total: 10n, from: "2020-01-02", to: "2020-01-01" })).toThrow(/ends before/);
    expect(() => modelEvenDailySeries({ total: -1n, from: "2020-01-01", to: "2020-01-01" })).toThrow(/negative/);
    expect(() => modelEvenDailySeries({ total: 1n, from: "2020-02-30", to: "2020-03-01" })).toThrow(/not a valid day/);
  });
});

describe("daysBetween", () => {
  it("counts both ends", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(3);
  });
});
