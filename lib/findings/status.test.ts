import { describe, expect, it } from "vitest";
import { allowedStatusChanges, canChangeStatus } from "./status";

describe("finding status", () => {
  it.each([
    ["draft", "confirmed", true],
    ["draft", "withdrawn", true],
    ["confirmed", "withdrawn", true],
    ["withdrawn", "draft", true],
    ["confirmed", "draft", false],
    ["withdrawn", "confirmed", false],
    ["draft", "draft", false],
    ["confirmed", "confirmed", false],
  ] as const)("%s → %s: %s", (from, to, allowed) => {
    expect(canChangeStatus(from, to)).toBe(allowed);
  });

  it("offers only the allowed next steps", () => {
    expect(allowedStatusChanges("confirmed")).toEqual(["withdrawn"]);
  });
});
