// The open-data shapes of a published summary: JSON (the snapshot as published, with its version
// history) and CSV (every public field as one path,value row). Pure, so tests reach it directly.
import { toCsv } from "@/lib/export/csv";
import type { PublicSnapshot } from "./snapshot";

export interface PublishedDocument {
  version: number;
  publishedAt: string;
  history: { number: number; publishedAt: string; correctionNote: string | null; corrections: { figure: string; previous: number; current: number }[] }[];
  case: PublicSnapshot;
}

/** Every leaf of the document as a row: `case.findings[0].title`, "…". Nothing added, nothing left out. */
export function flattenToRows(value: unknown, prefix = ""): { field: string; value: string }[] {
  if (value === null || value === undefined) return [{ field: prefix, value: "" }];
  if (Array.isArray(value)) return value.length === 0 ? [] : value.flatMap((v, i) => flattenToRows(v, `${prefix}[${i}]`));
  if (typeof value === "object") return Object.entries(value).flatMap(([k, v]) => flattenToRows(v, prefix ? `${prefix}.${k}` : k));
  return [{ field: prefix, value: String(value) }];
}

export function documentCsv(doc: PublishedDocument): string {
  return toCsv(["field", "value"], flattenToRows(doc));
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An Atom feed of publications and corrections, newest first. */
export function atomFeed(options: { origin: string; updated: Date; entries: { id: string; number: number; publishedAt: Date; correctionNote: string | null; snapshot: PublicSnapshot }[] }): string {
  const entries = options.entries.map((e) => {
    const link = `${options.origin}/en/cases/${encodeURIComponent(e.snapshot.slug)}`;
    const title = e.number === 1 ? e.snapshot.title : `${e.snapshot.title} (version ${e.number}, corrected)`;
    const summary = e.number === 1 ? e.snapshot.summary : (e.correctionNote ?? e.snapshot.summary);
    return [
      "  <entry>",
      `    <id>urn:casefile:publication:${xml(e.id)}</id>`,
      `    <title>${xml(title)}</title>`,
      `    <link rel="alternate" href="${xml(link)}"/>`,
      `    <updated>${e.publishedAt.toISOString()}</updated>`,
      `    <summary>${xml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    "  <title>Casefile: published case summaries and corrections</title>",
    `  <id>${xml(options.origin)}/feed.xml</id>`,
    `  <link rel="self" href="${xml(options.origin)}/feed.xml"/>`,
    `  <updated>${options.updated.toISOString()}</updated>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
