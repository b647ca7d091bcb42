import { describe, expect, it } from "vitest";
import { countToNumber, recordsHeadline, weakestProvenance } from "./headline";

describe("weakestProvenance", () => {
  it("treats a mix with any modelled day as modelled", () => {
    expect(weakestProvenance(["verified", "modelled", "reported"])).toBe("modelled");
    expect(weakestProvenance(["verified", "reported"])).toBe("reported");
    expect(weakestProvenance(["verified"])).toBe("verified");
    expect(weakestProvenance([])).toBeNull();
  });
});

describe("recordsHeadline", () => {
  const stated = { value: 54_200_000_000, provenance: "verified" as const, approximate: false, asOf: null, source: "FSS" };

  it("prefers the stated total over a modelled series", () => {
    expect(recordsHeadline({ statedTotal: stated, series: { sum: 1, provenances: ["modelled"], lastDay: null } })).toEqual(stated);
  });

  it("falls back to the series sum with the series' weakest provenance", () => {
    const last = new Date("2024-04-30T00:00:00Z");
    expect(recordsHeadline({ statedTotal: null, series: { sum: 500, provenances: ["reported", "estimated"], lastDay: last } })).toEqual({
      value: 500,
      provenance: "estimated",
      approximate: false,
      asOf: last,
      source: null,
    });
  });

  it("shows nothing rather than zero when there is no data", () => {
    expect(recordsHeadline({ statedTotal: null, series: null })).toBeNull();
    expect(recordsHeadline({ statedTotal: null, series: { sum: 0, provenances: [], lastDay: null } })).toBeNull();
  });
});

describe("countToNumber", () => {
  it("converts safe counts and refuses unsafe ones", () => {
    expect(countToNumber(40_450_000n)).toBe(40_450_000);
    expect(countToNumber(null)).toBeNull();
    expect(() => countToNumber(2n ** 60n)).toThrow(RangeError);
  });
});
