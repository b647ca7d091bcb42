import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bucketStart, cumulative, layOut, nextBucket } from "./buckets";

describe("buckets", () => {
  it("start on the day, the Monday, the first of the month, the first of the year", () => {
    expect(bucketStart("2024-08-13", "day")).toBe("2024-08-13");
    expect(bucketStart("2024-08-13", "week")).toBe("2024-08-12");
    expect(bucketStart("2024-08-11", "week")).toBe("2024-08-05");
    expect(bucketStart("2024-08-13", "month")).toBe("2024-08-01");
    expect(bucketStart("2024-08-13", "year")).toBe("2024-01-01");
    expect(nextBucket("2024-01-31", "day")).toBe("2024-02-01");
    expect(nextBucket("2024-12-01", "month")).toBe("2025-01-01");
  });

  it("lay buckets end to end, with gaps as null and partial buckets counted", () => {
    const points = layOut(
      [
        { start: "2018-04-01", records: 700, days: 30, provenance: "modelled" },
        { start: "2018-06-01", records: 31, days: 1, provenance: "reported" },
      ],
      "month",
      "2018-04-15",
      "2018-06-30",
    );
    expect(points.map((p) => [p.start, p.records, p.days, p.span])).toEqual([
      ["2018-04-01", 700, 30, 16],
      ["2018-05-01", null, 0, 31],
      ["2018-06-01", 31, 1, 30],
    ]);
  });

  it("cumulative totals skip gaps without resetting", () => {
    const points = layOut(
      [
        { start: "2020-01-01", records: 5, days: 1, provenance: "reported" },
        { start: "2020-01-03", records: 7, days: 1, provenance: "reported" },
      ],
      "day",
      "2020-01-01",
      "2020-01-03",
    );
    expect(cumulative(points)).toEqual([5, null, 12]);
  });

  it("for any range, buckets cover every day exactly once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 800 }), fc.constantFrom("day", "week", "month", "year"), (offset, length, bucket) => {
        const from = new Date(Date.UTC(2016, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(Date.UTC(2016, 0, 1) + (offset + length) * 86_400_000).toISOString().slice(0, 10);
        const points = layOut([], bucket, from, to);
        expect(points.reduce((n, p) => n + p.span, 0)).toBe(length + 1);
      }),
    );
  });
});
