// The rules for one line of a records-per-day CSV. Pure, so the unit tests reach every rule.
import { MAX_COUNT, todayInSeoul } from "@/lib/validation/fields";
import { PROVENANCES } from "@/lib/enums";

export type ImportProvenance = (typeof PROVENANCES)[number];
export const isProvenance = (value: string): value is ImportProvenance => (PROVENANCES as readonly string[]).includes(value);

export type Layout = { hasCase: boolean; hasProvenance: boolean };

/** Reads the header line; null when it is not one of the accepted layouts. */
export function readHeader(cells: string[]): Layout | null {
  const names = cells.map((c) => c.trim().toLowerCase());
  const key = names.join(",");
  switch (key) {
    case "day,records":
      return { hasCase: false, hasProvenance: false };
    case "day,records,provenance":
      return { hasCase: false, hasProvenance: true };
    case "case,day,records":
      return { hasCase: true, hasProvenance: false };
    case "case,day,records,provenance":
      return { hasCase: true, hasProvenance: true };
    default:
      return null;
  }
}

export interface ValidRow {
  caseRef: string | null;
  day: string;
  records: string;
  provenance: ImportProvenance;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNT = /^\d{1,13}$/;

// A file repeats the same few thousand days (one per case per day): remember which are real.
const realDays = new Map<string, boolean>();
function isRealDay(day: string): boolean {
  let real = realDays.get(day);
  if (real === undefined) {
    real = DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
    if (realDays.size > 100_000) realDays.clear();
    realDays.set(day, real);
  }
  return real;
}

/** A valid row, or the reason it is not. */
export function validateRow(cells: string[], layout: Layout, defaultProvenance: ImportProvenance, today = todayInSeoul()): ValidRow | string {
  const expected = 2 + (layout.hasCase ? 1 : 0) + (layout.hasProvenance ? 1 : 0);
  if (cells.length !== expected) return `Expected ${expected} values, found ${cells.length}.`;
  let i = 0;
  const caseRef = layout.hasCase ? (cells[i++] ?? "").trim() : null;
  const day = (cells[i++] ?? "").trim();
  const records = (cells[i++] ?? "").trim();
  const provenance = layout.hasProvenance ? (cells[i++] ?? "").trim().toLowerCase() : defaultProvenance;
  if (layout.hasCase && !caseRef) return "The case is missing.";
  if (!isRealDay(day)) {
    return `"${day.slice(0, 40)}" is not a date (use YYYY-MM-DD).`;
  }
  if (day > today) return `${day} is in the future.`;
  if (records.startsWith("-")) return "Records cannot be negative.";
  if (!COUNT.test(records)) return `"${records.slice(0, 40)}" is not a whole number of records.`;
  if (records.length === 13 && BigInt(records) > MAX_COUNT) return "Records go up to 1,000,000,000,000 a day.";
  if (!isProvenance(provenance)) return `"${provenance.slice(0, 40)}" is not a provenance (reported, verified, estimated or modelled).`;
  return { caseRef, day, records, provenance };
}

/** What the first bytes say about the file before any parsing: empty, UTF-16 or binary. */
export function sniff(head: Uint8Array): string | null {
  if (head.length === 0) return "The file is empty.";
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return "The file is UTF-16. Save it as UTF-8 CSV and import it again.";
  if (head.subarray(0, 4096).includes(0)) return "This does not look like a CSV file (it contains binary data).";
  return null;
}
