import { describe, expect, it } from "vitest";
import { copyText, createLineChecker } from "./line-checker";

const today = "2026-11-24";
const single = () => createLineChecker({ singleCase: true, defaultProvenance: "reported", today });
const several = () => createLineChecker({ singleCase: false, defaultProvenance: "modelled", today });

describe("checking the lines of an import", () => {
  it("reads the header, then turns each valid row into a line of COPY text", () => {
    const lines = single();
    expect(lines.hasHeader()).toBe(false);
    expect(lines.check(["day", "records"], 1)).toBeNull();
    expect(lines.hasHeader()).toBe(true);
    expect(lines.check(["2024-08-13", "23432332"], 2)).toBe("2\t\\N\t2024-08-13\t23432332\treported\n");
    expect(lines.check(["2024-08-14", "-1"], 3)).toEqual({ error: "Records cannot be negative." });
  });

  it("skips blank lines, before and after the header", () => {
    const lines = single();
    expect(lines.check([""], 1)).toBeNull();
    expect(lines.check(["  "], 2)).toBeNull();
    expect(lines.hasHeader()).toBe(false);
    expect(lines.check(["day", "records", "provenance"], 3)).toBeNull();
    expect(lines.check([""], 4)).toBeNull();
    expect(lines.check(["2024-08-13", "1", "Verified"], 5)).toBe("5\t\\N\t2024-08-13\t1\tverified\n");
  });

  it("escapes the case column for COPY, and uses the default provenance", () => {
    const lines = several();
    lines.check(["case", "day", "records"], 1);
    expect(lines.check(["a\\b\tc", "2024-08-13", "7"], 2)).toBe("2\ta\\\\b\\tc\t2024-08-13\t7\tmodelled\n");
    expect(copyText("x\r\ny")).toBe("x\\r\\ny");
  });

  it.each([
    ["a wrong header", single, ["date", "count"], /^The first line must be the header "day,records" .*found "date,count"\.$/],
    ["a case column on a single-case import", single, ["case", "day", "records"], /^This file has a case column; import it from the command line without --case/],
    ["no case column on a file of several cases", several, ["day", "records"], /^This file has no case column; name the case \(--case <slug>\)\.$/],
  ])("stops the whole file at %s", (_name, make, header, message) => {
    const verdict = make().check(header, 1);
    expect(verdict).toEqual({ fatal: expect.stringMatching(message) });
  });

  it("stops the whole file at a value over several lines, header or row", () => {
    expect(single().check(["day", "rec\nords"], 1)).toEqual({ fatal: "A value runs over several lines. Each line must be one day." });
    const lines = single();
    lines.check(["day", "records"], 1);
    expect(lines.check(["2024-08-13", "5\r"], 2)).toEqual({ fatal: "A value runs over several lines. Each line must be one day." });
  });
});
