// The case file's JSON names its format and version, so an installation can refuse a file it
// cannot read instead of misreading it. Raise the number when a reader of the old format would
// get a field wrong (a renamed or re-typed column, a new required table); adding a column that
// older readers may ignore does not need it.
const CASE_FILE_FORMAT_NAME = "casefile-case";
// 2: citations picked from the legal-article library moved out of the free-text lists into
// `articles` (codes like "PIPA Art. 17(1)"); a version-1 reader would drop them. Version 1 is read
// as before (no `articles`).
export const CASE_FILE_FORMAT_VERSION = 2;
export const CASE_FILE_FORMAT = `${CASE_FILE_FORMAT_NAME}/${CASE_FILE_FORMAT_VERSION}`;

/** What a file's `format` says: this format (at some version), or something else. */
export function readFormatTag(value: unknown): { kind: "missing" } | { kind: "other"; found: string } | { kind: "casefile"; version: number } {
  if (value === undefined || value === null) return { kind: "missing" };
  const found = typeof value === "string" ? value : JSON.stringify(value);
  const match = typeof value === "string" ? /^casefile-case\/(\d{1,6})$/.exec(value) : null;
  return match ? { kind: "casefile", version: Number(match[1]) } : { kind: "other", found: found.slice(0, 100) };
}
