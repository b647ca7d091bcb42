import { describe, expect, it } from "vitest";
import { parseVersionNumber } from "./version-number";

describe("a version number from an address", () => {
  it("reads a positive whole number", () => {
    expect(parseVersionNumber("1")).toBe(1);
    expect(parseVersionNumber("12")).toBe(12);
    expect(parseVersionNumber("2147483647")).toBe(2_147_483_647);
  });

  it("refuses anything else, so the page answers 404 and never 500", () => {
    for (const text of ["", "abc", "0", "-1", "1.5", "1e3", " 1", "1 ", "+1", "01", "0x10", "2147483648", "99999999999999999999", "１", undefined, null]) {
      expect(parseVersionNumber(text), String(text)).toBeNull();
    }
  });

  it("takes the first of a repeated query parameter only when it is one value", () => {
    expect(parseVersionNumber(["1", "2"])).toBeNull();
  });
});
