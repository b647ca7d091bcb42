// GET /cases/<slug>.zip: the tidy tables (tidy-tables.ts) as CSV files, a Frictionless data
// package describing each column's type, and a README naming the case, the version and how to
// attribute it. Zipped by the same streaming writer as the workspace case-file export.
import { strToU8 } from "fflate";
import { toCsv } from "@/lib/export/csv";
import { zipStream, type ZipEntry } from "@/lib/export/zip-stream";
import type { PublishedDocument } from "./open-data";
import { tidyTables, type TidyTable } from "./tidy-tables";

export function tableCsv(table: TidyTable): string {
  return toCsv(
    table.columns.map((c) => c.name),
    table.rows,
  );
}

const caseUrl = (origin: string, slug: string) => `${origin}/en/cases/${encodeURIComponent(slug)}`;

/** The attribution line every copy should carry (the README and the data package say it alike). */
function attribution(doc: PublishedDocument, origin: string): string {
  const c = doc.case;
  const by = c.authority ? `${c.authority.name} via Casefile` : "Casefile";
  return `${by}, "${c.title}", version ${doc.version} (published ${doc.publishedAt.slice(0, 10)}), ${caseUrl(origin, c.slug)}`;
}

/** A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) for the zip. */
export function dataPackage(doc: PublishedDocument, origin: string, tables: TidyTable[] = tidyTables(doc.case)) {
  const c = doc.case;
  return {
    profile: "tabular-data-package",
    name: c.slug,
    title: c.title,
    version: String(doc.version),
    created: doc.publishedAt,
    homepage: caseUrl(origin, c.slug),
    sources: [{ title: "Casefile published case summary (JSON, the complete document)", path: `${origin}/cases/${encodeURIComponent(c.slug)}.json` }],
    description: `Attribution: ${attribution(doc, origin)}`,
    resources: tables.map((t) => ({
      profile: "tabular-data-resource",
      name: t.name,
      title: t.title,
      path: `${t.name}.csv`,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", header: true },
      schema: { fields: t.columns.map((col) => ({ name: col.name, type: col.type, description: col.description })), missingValues: [""] },
    })),
  };
}

export function readme(doc: PublishedDocument, origin: string, tables: TidyTable[] = tidyTables(doc.case)): string {
  const c = doc.case;
  return [
    c.title,
    ...(c.titleKo ? [c.titleKo] : []),
    "",
    `Case: ${c.slug}${c.isDemo ? " (demonstration data, not a real case)" : ""}`,
    `Version: ${doc.version}, published ${doc.publishedAt}`,
    `Page: ${caseUrl(origin, c.slug)}`,
    `Complete document (JSON): ${origin}/cases/${encodeURIComponent(c.slug)}.json`,
    `JSON Schema of that document: ${origin}/schemas/published-case.json`,
    "",
    "Licence: none is stated by the publisher. Reuse with attribution:",
    attribution(doc, origin),
    "",
    "Tables (UTF-8 CSV, one header row; empty cell = not recorded; numbers as plain digits,",
    "days as YYYY-MM-DD, months as YYYY-MM, true/false; column types in datapackage.json):",
    ...tables.map((t) => `  ${t.name}.csv: ${t.title} (${t.rows.length} ${t.rows.length === 1 ? "row" : "rows"})`),
    "",
    "A cell that a spreadsheet would run as a formula starts with an apostrophe.",
    "",
  ].join("\r\n");
}

/** The zip's files by name, in order: README.txt, datapackage.json, then one CSV per table. */
export function openDataFiles(doc: PublishedDocument, origin: string): [name: string, text: string][] {
  const tables = tidyTables(doc.case);
  return [
    ["README.txt", readme(doc, origin, tables)],
    ["datapackage.json", `${JSON.stringify(dataPackage(doc, origin, tables), null, 2)}\n`],
    ...tables.map((t): [string, string] => [`${t.name}.csv`, tableCsv(t)]),
  ];
}

export function openDataZip(doc: PublishedDocument, origin: string): ReadableStream<Uint8Array> {
  const entries: ZipEntry[] = openDataFiles(doc, origin).map(([name, text]) => ({ name, compress: true, open: () => [strToU8(text)] }));
  return zipStream(entries);
}
