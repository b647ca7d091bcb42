import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { revisionProblems, revisionTotal } from "./revision";

const none = { active: null, dormant: null, former: null, unsplit: null, low: null, high: null };

describe("estimate revisions", () => {
  it("the reference case: 25 million active plus 15.45 million not split is 40.45 million", () => {
    expect(revisionTotal({ ...none, active: 25_000_000n, unsplit: 15_450_000n })).toBe(40_450_000n);
  });

  it("needs at least one count", () => {
    expect(revisionProblems(none)).toHaveProperty("active");
    expect(revisionProblems({ ...none, former: 0n })).toEqual({});
  });

  it("requires bounds that bracket the total", () => {
    expect(revisionProblems({ ...none, active: 100n, low: 101n })).toHaveProperty("low");
    expect(revisionProblems({ ...none, active: 100n, high: 99n })).toHaveProperty("high");
    expect(revisionProblems({ ...none, active: 100n, low: 90n, high: 120n })).toEqual({});
  });

  it("the total is the exact sum of the parts given, for any counts", () => {
    const part = fc.option(fc.bigInt({ min: 0n, max: 10n ** 12n }), { nil: null });
    fc.assert(
      fc.property(part, part, part, part, (active, dormant, former, unsplit) => {
        const parts = [active, dormant, former, unsplit].filter((v): v is bigint => v !== null);
        expect(revisionTotal({ active, dormant, former, unsplit })).toBe(parts.length ? parts.reduce((a, b) => a + b, 0n) : null);
      }),
    );
  });
});
