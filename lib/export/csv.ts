// RFC 4180 CSV for every CSV Casefile writes: the case-file export, the open-data download and the
// charts' "Download CSV" (in the browser), so this module is pure (it imports only the pure JSON conversion). Fields with
// commas, quotes or line breaks are quoted and quotes doubled.
//
// Formula injection: a spreadsheet runs a cell that starts with = + - @ (Excel, LibreOffice and
// Google Sheets alike; some also read the full-width signs, and some importers trim leading
// blanks first; OWASP adds a leading tab or carriage return). One guard looks at the *text* that
// reaches the file, whatever the value's type was (a list, a date, an object's JSON, a number
// written as text), and puts an apostrophe in front, so an exported finding cannot execute.
import { toPlainJson } from "@/lib/format/plain-json";

const FORMULA_START = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
/** A whole plain decimal number ("-5", "-1.5e-7"): a spreadsheet reads it as a number, never a formula. */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** The text with an apostrophe in front when a spreadsheet would run it as a formula. */
function defuseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString();
  // One line per item, each defused on its own: whoever splits the cell at its line breaks (the
  // natural way to read a list of legal articles) gets no formula either.
  if (Array.isArray(value)) return value.map((item) => defuseFormula(cellText(item))).join("\n");
  if (typeof value === "object") return JSON.stringify(toPlainJson(value));
  return String(value);
}

export function csvCell(value: unknown): string {
  const text = defuseFormula(cellText(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c)).join(","), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(","))];
  return `${lines.join("\r\n")}\r\n`;
}
