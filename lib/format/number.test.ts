import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatCount, formatExact, formatPercent } from "./number";

describe("formatCount", () => {
  it.each([
    [40_450_000, "ko", "4,045만"],
    [54_200_000_000, "ko", "542억"],
    [25_000_000, "ko", "2,500만"],
    [1_000_000_000_000, "ko", "1조"],
    [40_450_000, "en", "40.45 million"],
    [54_200_000_000, "en", "54.2 billion"],
    [81_000_000, "en", "81 million"],
    [1_000_000_000_000, "en", "1 trillion"],
  ] as const)("%d in %s reads %s", (value, locale, expected) => {
    expect(formatCount(value, locale)).toBe(expected);
  });

  it("keeps small numbers whole instead of compacting them", () => {
    expect(formatCount(46, "en")).toBe("46");
    expect(formatCount(46, "ko")).toBe("46");
    expect(formatCount(9_999, "ko")).toBe("9,999");
    expect(formatCount(999_999, "en")).toBe("999,999");
  });

  it("switches to compact notation exactly at 1만 in Korean and 1 million in English", () => {
    expect(formatCount(10_000, "ko")).toBe("1만");
    expect(formatCount(1_000_000, "en")).toBe("1 million");
  });

  it("never returns an empty string or NaN text for any safe integer", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom("en", "ko"), (value, locale) => {
        const text = formatCount(value, locale);
        expect(text.length).toBeGreaterThan(0);
        expect(text).not.toMatch(/NaN|undefined/);
      }),
    );
  });

  it("accepts bigint values beyond the safe integer range", () => {
    expect(formatCount(54_200_000_000n, "ko")).toBe("542억");
  });
});

describe("formatExact", () => {
  it("groups every digit", () => {
    expect(formatExact(54_200_000_000, "en")).toBe("54,200,000,000");
    expect(formatExact(40_450_000, "ko")).toBe("40,450,000");
    expect(formatExact(123_456_789_012_345_678n, "en")).toBe("123,456,789,012,345,678");
  });
});

describe("formatPercent", () => {
  it("reads a stake of 32 percent", () => {
    expect(formatPercent(32, "en")).toBe("32%");
    expect(formatPercent(32, "ko")).toBe("32%");
  });
});

describe("formatAxisCount", () => {
  it("keeps axis labels short", async () => {
    const { formatAxisCount } = await import("./number");
    expect(formatAxisCount(800_000_000, "en")).toBe("800M");
    expect(formatAxisCount(54_200_000_000, "en")).toBe("54.2B");
    expect(formatAxisCount(800_000_000, "ko")).toBe("8억");
    expect(formatAxisCount(250, "en")).toBe("250");
  });
});
