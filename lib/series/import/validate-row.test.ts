import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readHeader, sniff, validateRow } from "./validate-row";

const simple = { hasCase: false, hasProvenance: false };
const full = { hasCase: true, hasProvenance: true };

describe("import rows", () => {
  it("accepts the four header layouts, any case, and nothing else", () => {
    expect(readHeader(["day", "records"])).toEqual(simple);
    expect(readHeader([" Day", "RECORDS ", "provenance"])).toEqual({ hasCase: false, hasProvenance: true });
    expect(readHeader(["case", "day", "records", "provenance"])).toEqual(full);
    expect(readHeader(["date", "count"])).toBeNull();
    expect(readHeader(["records", "day"])).toBeNull();
  });

  it("accepts a good row and applies the default provenance", () => {
    expect(validateRow(["2024-08-13", "23432332"], simple, "reported", "2026-11-24")).toEqual({ caseRef: null, day: "2024-08-13", records: "23432332", provenance: "reported" });
    expect(validateRow(["kakao", "2024-08-13", "5", "Modelled"], full, "reported", "2026-11-24")).toEqual({ caseRef: "kakao", day: "2024-08-13", records: "5", provenance: "modelled" });
  });

  it.each([
    [["2024-02-30", "5"], /not a date/],
    [["13/08/2024", "5"], /not a date/],
    [["2999-01-01", "5"], /in the future/],
    [["2024-08-13", "-5"], /cannot be negative/],
    [["2024-08-13", "1.5"], /not a whole number/],
    [["2024-08-13", "1e9"], /not a whole number/],
    [["2024-08-13", "9999999999999"], /go up to/],
    [["2024-08-13"], /Expected 2 values, found 1/],
    [["2024-08-13", "5", "extra"], /Expected 2 values, found 3/],
  ])("refuses %j", (cells, message) => {
    expect(validateRow(cells, simple, "reported", "2026-11-24")).toMatch(message);
  });

  it("refuses an unknown provenance", () => {
    expect(validateRow(["2024-08-13", "5", "guessed"], { hasCase: false, hasProvenance: true }, "reported", "2026-11-24")).toMatch(/not a provenance/);
  });

  it("answers any line with a row or a message, never an exception", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), (cells) => {
        const result = validateRow(cells, full, "reported", "2026-11-24");
        expect(typeof result === "string" || typeof result === "object").toBe(true);
      }),
    );
  });

  it("spots empty, UTF-16 and binary files from their first bytes", () => {
    expect(sniff(new Uint8Array())).toMatch(/empty/);
    expect(sniff(new Uint8Array([0xff, 0xfe, 0x64, 0x00]))).toMatch(/UTF-16/);
    expect(sniff(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toMatch(/binary/);
    expect(sniff(new TextEncoder().encode("day,records\n"))).toBeNull();
  });
});
