import { parse } from "csv-parse/sync";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { fullSnapshot, oldSnapshot } from "@/tests/support/public-snapshot-fixtures";
import { dataPackage, openDataFiles, openDataZip, readme, tableCsv } from "./open-data-zip";
import type { PublishedDocument } from "./open-data";
import { tidyTables, type TidyTable } from "./tidy-tables";

const doc = (snapshot = fullSnapshot, version = 3): PublishedDocument => ({ version, publishedAt: "2026-02-01T09:00:00.000Z", history: [], case: snapshot });
const table = (tables: TidyTable[], name: string) => tables.find((t) => t.name === name) as TidyTable;
/** The CSV read back as a spreadsheet would: one header row, then records of plain text. */
const read = (t: TidyTable) => parse(tableCsv(t), { columns: true }) as Record<string, string>[];
const header = (t: TidyTable) => tableCsv(t).split("\r\n")[0];

describe("tidy tables", () => {
  const tables = tidyTables(fullSnapshot);

  it("makes one table per kind, each with one header row of its columns", () => {
    expect(tables.map((t) => t.name)).toEqual(["figures", "data-categories", "timeline", "findings", "sanctions", "monthly-records"]);
    expect(header(table(tables, "figures"))).toBe("key,label,label_ko,value,unit,approximate,provenance,as_of,source");
    expect(header(table(tables, "sanctions"))).toBe("id,type,subject,subject_slug,amount,currency,decision_date,appeal_outcome,amount_before_appeal,articles");
    expect(header(table(tables, "monthly-records"))).toBe("month,records,days,provenance");
  });

  it("figures: the headline people and records first, then the key figures, typed plainly", () => {
    const rows = read(table(tables, "figures"));
    expect(rows.map((r) => r.key)).toEqual(["people", "records", "fine-total"]);
    expect(rows[0]).toEqual({ key: "people", label: "People affected", label_ko: "영향을 받은 사람", value: "40000000", unit: "people", approximate: "true", provenance: "verified", as_of: "2024-08-13", source: "FSS" });
    expect(rows[1]).toMatchObject({ value: "54200000000", approximate: "false", as_of: "", source: "" });
    expect(rows[2]).toMatchObject({ value: "1.5", unit: "bn KRW", label_ko: "과징금" });
  });

  it("defuses a formula in any text cell", () => {
    expect(read(table(tables, "figures"))[2]!.source).toBe("'=HYPERLINK(\"x\")");
    expect(read(table(tables, "findings"))[0]!.body).toBe("'=cmd|' /C calc'!A0");
  });

  it("findings: articles joined as citation codes in one cell", () => {
    const rows = read(table(tables, "findings"));
    expect(rows.map((r) => r.articles)).toEqual(["PIPA Art. 17(1); CIA Art. 32", ""]);
    expect(rows[0]).toMatchObject({ title_ko: "동의 없음", body_ko: "본문" });
  });

  it("sanctions: amounts in major units as plain digits, the currency beside, the amount before an appeal", () => {
    const rows = read(table(tables, "sanctions"));
    expect(rows[0]).toEqual({ id: "s1", type: "fine", subject: "Pay Co", subject_slug: "pay-co", amount: "15000000000", currency: "KRW", decision_date: "2025-01-22", appeal_outcome: "", amount_before_appeal: "", articles: "PIPA Art. 17(1)" });
    expect(rows[1]).toMatchObject({ subject: "Partner <Ltd>", amount: "1234.50", currency: "EUR", appeal_outcome: "reduced", amount_before_appeal: "2000.00" });
    expect(rows[2]).toMatchObject({ subject: "A person", subject_slug: "", amount: "", currency: "", decision_date: "" });
  });

  it("timeline, data categories and monthly records: one row each, days and months as text a spreadsheet reads", () => {
    expect(read(table(tables, "timeline")).map((r) => [r.occurred_on, r.precision])).toEqual([["2018-04-01", "month"], ["2024-08-13", "day"]]);
    expect(read(table(tables, "data-categories"))[0]).toMatchObject({ name_ko: "전화번호", purpose_claimed: 'Fraud, "scoring"', reversibility_note: "Salt-free\nSHA-256" });
    expect(read(table(tables, "monthly-records"))).toEqual([
      { month: "2024-01", records: "100", days: "31", provenance: "modelled" },
      { month: "2024-02", records: "0", days: "29", provenance: "reported" },
      { month: "2024-03", records: "7", days: "1", provenance: "verified" },
    ]);
  });

  it("reads a version published before the optional fields: won amounts, names only, empty columns", () => {
    const old = tidyTables(oldSnapshot);
    expect(read(table(old, "sanctions"))[0]).toMatchObject({ subject: "Old Co", subject_slug: "", amount: "3000", currency: "KRW", appeal_outcome: "", amount_before_appeal: "", articles: "" });
    expect(read(table(old, "figures")).map((r) => r.key)).toEqual(["records", "k"]);
    expect(read(table(old, "findings"))[0]).toMatchObject({ title_ko: "", body_ko: "", articles: "" });
    expect(table(old, "monthly-records").rows).toEqual([]);
    expect(header(table(old, "monthly-records"))).toBe("month,records,days,provenance");
  });

  it("every row has exactly the table's columns", () => {
    for (const snapshot of [fullSnapshot, oldSnapshot]) {
      for (const t of tidyTables(snapshot)) for (const row of t.rows) expect(Object.keys(row).sort(), t.name).toEqual(t.columns.map((c) => c.name).sort());
    }
  });
});

describe("the open-data zip", () => {
  it("describes each table's columns and types in datapackage.json", () => {
    const pkg = dataPackage(doc(), "https://casefile.example");
    expect(pkg.version).toBe("3");
    expect(pkg.resources.map((r) => r.path)).toEqual(["figures.csv", "data-categories.csv", "timeline.csv", "findings.csv", "sanctions.csv", "monthly-records.csv"]);
    const sanctions = pkg.resources.find((r) => r.name === "sanctions")!;
    expect(Object.fromEntries(sanctions.schema.fields.map((f) => [f.name, f.type]))).toMatchObject({ amount: "number", decision_date: "date", subject: "string" });
    expect(pkg.resources.find((r) => r.name === "monthly-records")!.schema.fields.map((f) => f.type)).toEqual(["yearmonth", "integer", "integer", "string"]);
  });

  it("names the case, the version and the attribution in README.txt", () => {
    const text = readme(doc(), "https://casefile.example");
    expect(text).toContain("Pay Co shared customer data");
    expect(text).toContain("Version: 3");
    expect(text).toContain("Financial Supervisory Service via Casefile");
    expect(text).toContain("https://casefile.example/en/cases/pay-co-shares");
    expect(text).toContain("sanctions.csv: Sanctions (3 rows)");
  });

  it("zips README, the data package and every table, and they read back", async () => {
    const bytes = new Uint8Array(await new Response(openDataZip(doc(), "https://casefile.example")).arrayBuffer());
    const files = unzipSync(bytes);
    const expected = openDataFiles(doc(), "https://casefile.example");
    expect(Object.keys(files)).toEqual(expected.map(([name]) => name));
    for (const [name, text] of expected) expect(strFromU8(files[name]!)).toBe(text);
  });
});
