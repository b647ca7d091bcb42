import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseDateTicks, type BucketKind } from "./date-ticks";

/** Consecutive bucket starts, as the series API lays them out. */
function starts(from: string, count: number, bucket: BucketKind): string[] {
  const d = new Date(`${from}T00:00:00Z`);
  return Array.from({ length: count }, () => {
    const day = d.toISOString().slice(0, 10);
    if (bucket === "day") d.setUTCDate(d.getUTCDate() + 1);
    if (bucket === "week") d.setUTCDate(d.getUTCDate() + 7);
    if (bucket === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    if (bucket === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
    return day;
  });
}

describe("chooseDateTicks", () => {
  it("puts a few years of months on quarter starts", () => {
    const { ticks, precision } = chooseDateTicks({ starts: starts("2022-11-01", 14, "month"), bucket: "month", maxTicks: 6 });
    expect(ticks).toEqual(["2023-01-01", "2023-04-01", "2023-07-01", "2023-10-01"]);
    expect(precision).toBe("month");
  });

  it("uses every month when they fit", () => {
    const { ticks } = chooseDateTicks({ starts: starts("2024-01-01", 5, "month"), bucket: "month", maxTicks: 8 });
    expect(ticks).toEqual(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"]);
  });

  it("labels six years of daily records by year, on the first of January", () => {
    // The reference case: April 2018 to July 2024, one bucket a day.
    const days = starts("2018-04-15", 2314, "day");
    const { ticks, precision, boundaryOf } = chooseDateTicks({ starts: days, bucket: "day", maxTicks: 7 });
    expect(ticks).toEqual(["2019-01-01", "2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01"]);
    expect(precision).toBe("year");
    expect(boundaryOf.get("2020-01-01")).toBe("2020-01-01");
  });

  it("thins years to every second or fifth year on a narrow chart", () => {
    const days = starts("2018-04-15", 2314, "day");
    expect(chooseDateTicks({ starts: days, bucket: "day", maxTicks: 3 }).ticks).toEqual(["2020-01-01", "2022-01-01", "2024-01-01"]);
    expect(chooseDateTicks({ starts: starts("2001-01-01", 30, "year"), bucket: "year", maxTicks: 4 }).ticks).toEqual(["2010-01-01", "2020-01-01", "2030-01-01"]);
  });

  it("fits more of the narrow year labels than of month labels when told their widths", () => {
    const days = starts("2018-04-15", 2314, "day");
    const byWidth = (precision: string) => (precision === "year" ? 4 : 2);
    expect(chooseDateTicks({ starts: days, bucket: "day", maxTicks: byWidth }).ticks).toEqual(["2020-01-01", "2022-01-01", "2024-01-01"]);
    const year = starts("2024-01-01", 12, "month");
    expect(chooseDateTicks({ starts: year, bucket: "month", maxTicks: (p) => (p === "month" ? 3 : 9) }).ticks).toEqual(["2024-01-01", "2024-07-01"]);
  });

  it("puts a month boundary on the weekly bucket that holds it, labelled by the boundary", () => {
    const weeks = starts("2024-01-01", 13, "week"); // Mondays from 1 January
    const { ticks, boundaryOf, precision } = chooseDateTicks({ starts: weeks, bucket: "week", maxTicks: 4 });
    expect(ticks).toEqual(["2024-01-01", "2024-01-29", "2024-02-26"]);
    expect([...boundaryOf.values()]).toEqual(["2024-01-01", "2024-02-01", "2024-03-01"]);
    expect(precision).toBe("month");
  });

  it("marks Mondays across a few weeks of days, and every day across a few days", () => {
    expect(chooseDateTicks({ starts: starts("2024-03-01", 20, "day"), bucket: "day", maxTicks: 6 }).ticks).toEqual(["2024-03-04", "2024-03-11", "2024-03-18"]);
    const few = chooseDateTicks({ starts: starts("2024-03-01", 4, "day"), bucket: "day", maxTicks: 6 });
    expect(few.ticks).toEqual(["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"]);
    expect(few.precision).toBe("day");
  });

  it("never ticks finer than its buckets", () => {
    const { ticks } = chooseDateTicks({ starts: starts("2024-01-01", 3, "month"), bucket: "month", maxTicks: 50 });
    expect(ticks).toEqual(["2024-01-01", "2024-02-01", "2024-03-01"]);
  });

  it("still marks something when no step both fits and has a boundary", () => {
    // Eleven days without a Monday-free stretch: weekly ticks are crowded at 1, months absent.
    const crowded = chooseDateTicks({ starts: starts("2024-03-02", 11, "day"), bucket: "day", maxTicks: 1 });
    expect(crowded.ticks).toEqual(["2024-03-04", "2024-03-11"]);
    expect(chooseDateTicks({ starts: ["2024-03-01"], bucket: "month", maxTicks: 5 }).ticks).toEqual(["2024-03-01"]);
    expect(chooseDateTicks({ starts: [], bucket: "day", maxTicks: 5 }).ticks).toEqual([]);
  });

  it("always returns ticks that are bucket starts, in order, each on a calendar boundary of one regular step", () => {
    const bucket = fc.constantFrom<BucketKind>("day", "week", "month", "year");
    const from = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true });
    fc.assert(
      fc.property(bucket, from, fc.integer({ min: 1, max: 900 }), fc.integer({ min: 2, max: 12 }), (kind, start, count, maxTicks) => {
        let first = start.toISOString().slice(0, 10);
        if (kind === "week") {
          const d = new Date(`${first}T00:00:00Z`);
          d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
          first = d.toISOString().slice(0, 10);
        }
        if (kind === "month" || kind === "year") first = `${first.slice(0, kind === "month" ? 8 : 5)}${kind === "month" ? "01" : "01-01"}`;
        const all = starts(first, count, kind);
        const { ticks, boundaryOf, precision } = chooseDateTicks({ starts: all, bucket: kind, maxTicks });
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.every((t) => all.includes(t))).toBe(true);
        expect([...ticks].sort()).toEqual(ticks);
        const boundaries = ticks.map((t) => boundaryOf.get(t) as string);
        // Each boundary lies in its bucket: at or after the start, before the next bucket.
        ticks.forEach((t, i) => {
          const [next, boundary] = [all[all.indexOf(t) + 1], boundaries[i] as string];
          expect(boundary >= t && (next === undefined || boundary < next)).toBe(true);
        });
        // Boundaries are calendar boundaries of one step: 1 January every 1, 2, 5… years; the first
        // of every 1, 3 or 6 months; Mondays; or every day.
        const months = boundaries.map((b) => Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7)) - 1);
        const gaps = new Set(months.slice(1).map((m, i) => m - (months[i] as number)));
        if (precision === "year") {
          expect(boundaries.every((b) => b.endsWith("-01-01"))).toBe(true);
          expect(gaps.size).toBeLessThanOrEqual(1);
        } else if (precision === "month") {
          const step = gaps.size > 0 ? Math.min(...gaps) : 1;
          expect(boundaries.every((b) => b.endsWith("-01"))).toBe(true);
          expect(gaps.size).toBeLessThanOrEqual(1);
          expect([1, 3, 6, 12]).toContain(step);
          expect(months.every((m) => (m % 12) % step === 0)).toBe(true);
        } else {
          const weekdays = boundaries.map((b) => new Date(`${b}T00:00:00Z`).getUTCDay());
          const consecutive = boundaries.every((b, i) => i === 0 || Date.parse(b) - Date.parse(boundaries[i - 1] as string) === 86_400_000);
          expect(weekdays.every((d) => d === 1) || consecutive).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
