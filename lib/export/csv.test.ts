import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV export", () => {
  it("quotes what needs quoting", () => {
    expect(csvCell('He said "no", twice')).toBe('"He said ""no"", twice"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell(54_200_000_000n)).toBe("54200000000");
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2024-08-13T00:00:00Z"))).toBe("2024-08-13T00:00:00.000Z");
    // Step details are JSON, not "[object Object]".
    expect(csvCell({ transition: "decideSanctions", amount: 5n })).toBe('"{""transition"":""decideSanctions"",""amount"":""5""}"');
  });

  it("defuses spreadsheet formulas", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe("-5");
  });

  it("round-trips any text through a real CSV parser", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 20 }), (pairs) => {
        const rows = pairs.map(([a, b]) => ({ a, b }));
        const parsed = parse(toCsv(["a", "b"], rows), { columns: true }) as { a: string; b: string }[];
        const unformula = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(parsed).toEqual(rows.map((r) => ({ a: unformula(r.a), b: unformula(r.b) })));
      }),
    );
  });
});
