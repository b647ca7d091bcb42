import { describe, expect, it } from "vitest";
import { durationParts } from "./duration";

describe("durationParts", () => {
  it.each([
    [0.004, { unit: "lessThanSecond", n: 0 }],
    [100, { unit: "seconds", n: 100 }],
    [600, { unit: "minutes", n: 10 }],
    [3 * 3600, { unit: "hours", n: 3 }],
    [10 * 86_400, { unit: "days", n: 10 }],
    [5 * 365.25 * 86_400, { unit: "years", n: 5 }],
  ] as const)("%d seconds → %o", (seconds, expected) => {
    expect(durationParts(seconds)).toEqual(expected);
  });
});
