import { describe, expect, it } from "vitest";
import { readCompareRequest } from "./compare-request";

const released = [1, 2, 4];

describe("which two versions a compare address asks for", () => {
  it("compares two released versions, in the order asked", () => {
    expect(readCompareRequest({ from: "1", to: "4" }, released)).toEqual({ kind: "compare", from: 1, to: 4 });
    expect(readCompareRequest({ from: "4", to: "2" }, released)).toEqual({ kind: "compare", from: 4, to: 2 });
  });

  it("asks for two versions when either is missing", () => {
    expect(readCompareRequest({}, released)).toEqual({ kind: "choose" });
    expect(readCompareRequest({ from: "1" }, released)).toEqual({ kind: "choose" });
    expect(readCompareRequest({ from: "", to: "2" }, released)).toEqual({ kind: "choose" });
  });

  it("says which value is not a version number", () => {
    expect(readCompareRequest({ from: "abc", to: "2" }, released)).toEqual({ kind: "bad", value: "abc" });
    expect(readCompareRequest({ from: "1", to: "1.5" }, released)).toEqual({ kind: "bad", value: "1.5" });
    expect(readCompareRequest({ from: "0", to: "-1" }, released)).toEqual({ kind: "bad", value: "0" });
    expect(readCompareRequest({ from: ["1", "2"], to: "2" }, released)).toEqual({ kind: "bad", value: "1,2" });
  });

  it("answers 404 for a number that names no released version", () => {
    expect(readCompareRequest({ from: "3", to: "4" }, released)).toEqual({ kind: "not-found" });
    expect(readCompareRequest({ from: "1", to: "99999999999" }, released)).toEqual({ kind: "bad", value: "99999999999" });
    expect(readCompareRequest({ from: "1", to: "5" }, released)).toEqual({ kind: "not-found" });
  });

  it("says when both are the same version", () => {
    expect(readCompareRequest({ from: "2", to: "2" }, released)).toEqual({ kind: "same", version: 2 });
  });
});
