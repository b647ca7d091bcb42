import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { atomFeed, documentCsv, flattenToRows, type PublishedDocument } from "./open-data";
import type { PublicSnapshot } from "./snapshot";

const snapshot = { schema: 1, slug: "a-case", title: "Pay Co. <shared> data & more", summary: "Sum", findings: [{ id: "f1", title: "T", body: "=cmd" }], headline: { people: null } } as unknown as PublicSnapshot;

describe("open data", () => {
  it("flattens every public field to one path,value row, and nothing else", () => {
    expect(flattenToRows({ a: { b: [1, { c: "x" }] }, d: null, e: [] })).toEqual([
      { field: "a.b[0]", value: "1" },
      { field: "a.b[1].c", value: "x" },
      { field: "d", value: "" },
    ]);
  });

  it("the CSV parses back to the same rows, with spreadsheet formulas defused", () => {
    const doc: PublishedDocument = { version: 1, publishedAt: "2026-01-01T00:00:00.000Z", history: [], case: snapshot };
    const rows = parse(documentCsv(doc), { columns: true }) as { field: string; value: string }[];
    expect(rows.find((r) => r.field === "case.title")?.value).toBe("Pay Co. <shared> data & more");
    expect(rows.find((r) => r.field === "case.findings[0].body")?.value).toBe("'=cmd");
    expect(rows.map((r) => r.field)).toEqual(flattenToRows(doc).map((r) => r.field));
  });

  it("the Atom feed escapes text and marks corrections", () => {
    const feed = atomFeed({
      origin: "https://casefile.example",
      updated: new Date("2026-01-02T00:00:00Z"),
      entries: [{ id: "v2", number: 2, publishedAt: new Date("2026-01-02T00:00:00Z"), correctionNote: "Figure <fixed>", snapshot }],
    });
    expect(feed).toContain("<title>Pay Co. &lt;shared&gt; data &amp; more (version 2, corrected)</title>");
    expect(feed).toContain("<summary>Figure &lt;fixed&gt;</summary>");
    expect(feed).toContain('href="https://casefile.example/en/cases/a-case"');
    expect(feed).not.toContain("<shared>");
  });
});
