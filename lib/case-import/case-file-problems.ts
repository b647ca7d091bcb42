// What can be wrong with a case file, each problem at a JSON path ("findings[3].severity") with a
// code and its details. The import form words each code in the reader's language
// (caseImport.problems.* in the messages); `message` is the same in English, for the API's
// callers and the logs.
import type { z } from "zod";

export const PROBLEM_CODES = [
  "fileEmpty", "fileEncoding", "fileBinary", "fileTooLarge", "json", "notObject", "formatMissing", "formatNewer", "formatOther",
  "required", "type", "enum", "tooLong", "tooShort", "empty", "tooMany", "tooLarge", "tooSmall", "invalid",
  "text", "day", "dayFuture", "instant", "count", "decimal", "url", "slug", "country", "percent", "jurisdiction", "identifierFormat", "dateOrder",
  "dangling", "duplicate", "mismatch", "total", "bounds", "outsidePeriod",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type ProblemParams = Record<string, string | number>;

export interface CaseFileProblem {
  /** Where in the file: "findings[3].severity"; "" for the file as a whole. */
  path: string;
  code: ProblemCode;
  params: ProblemParams;
  message: string;
}

/** Lists beyond this many problems are cut (with a count of the rest): the first ones show what is wrong. */
export const MAX_PROBLEMS = 200;

const ENGLISH: Record<ProblemCode, (p: ProblemParams) => string> = {
  fileEmpty: () => "The file is empty.",
  fileEncoding: () => "The file is not UTF-8 text. Upload the case.json from the export as it is.",
  fileBinary: () => "This is not a JSON file (it contains binary data). Upload case.json from inside the export's ZIP, not the ZIP itself.",
  fileTooLarge: (p) => `The file is larger than ${p.maxMb} MB.`,
  json: (p) => `The file is not valid JSON (${p.detail}).`,
  notObject: () => "The file is not a Casefile case file: it holds no object with the case's tables.",
  formatMissing: () => "The file names no format: it is not a Casefile case file, or it was exported before case files could be imported. Export the case again.",
  formatNewer: (p) => `The file was written in a newer format (${p.found}) than this installation reads (${p.supported}). Update Casefile here, or export the case from an installation of the same version.`,
  formatOther: (p) => `The file's format is ${p.found}, not a Casefile case file (${p.supported}).`,
  required: () => "This is missing.",
  type: (p) => `Expected ${p.expected}.`,
  enum: (p) => `Expected one of: ${p.values}.`,
  tooLong: (p) => `Longer than ${p.max} characters.`,
  tooShort: (p) => `Shorter than ${p.min} characters.`,
  empty: () => "This cannot be empty.",
  tooMany: (p) => `More than ${p.max} items.`,
  tooLarge: (p) => `Larger than ${p.max}.`,
  tooSmall: (p) => `Smaller than ${p.min}.`,
  invalid: () => "This value is not valid here.",
  text: () => "The text contains control characters or broken characters.",
  day: () => "Expected a real day as YYYY-MM-DD.",
  dayFuture: () => "This day is in the future.",
  instant: () => "Expected a date and time in ISO 8601.",
  count: () => "Expected a whole number from 0 to 1,000,000,000,000.",
  decimal: () => "Expected a number with at most 20 digits before the point and 4 after.",
  url: () => "Expected a link starting with http:// or https://.",
  slug: () => "Expected lower-case letters, digits and hyphens.",
  country: () => "Expected a two-letter country code (ISO 3166-1).",
  percent: () => "Expected a percentage from 0 to 100 with at most two decimals.",
  jurisdiction: () => "This jurisdiction is not one Casefile knows.",
  identifierFormat: () => "This is not an identifier format Casefile can read.",
  dateOrder: () => "The end comes before the start.",
  dangling: (p) => `Refers to ${p.value}, which is not in ${p.table}.`,
  duplicate: (p) => `${p.value} appears more than once.`,
  mismatch: (p) => `Differs from the estimate's other revisions (${p.field}).`,
  total: () => "The total is not the sum of active, dormant, former and not split.",
  bounds: () => "The low and high bounds do not bracket the total.",
  outsidePeriod: (p) => `This day is outside the case's period (${p.first} – ${p.last}).`,
};

export function problem(path: string, code: ProblemCode, params: ProblemParams = {}): CaseFileProblem {
  return { path, code, params, message: ENGLISH[code](params) };
}

/** ["findings", 3, "severity"] → "findings[3].severity". */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => (typeof segment === "number" ? `${path}[${segment}]` : path ? `${path}.${String(segment)}` : String(segment)), "");
}

/** A zod issue (from the schema in case-file-schema.ts, parsed with `reportInput`) as a problem. */
export function problemOfIssue(issue: z.core.$ZodIssue): CaseFileProblem {
  const path = jsonPath(issue.path);
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? problem(path, "required") : problem(path, "type", { expected: issue.expected });
    case "invalid_value":
      return problem(path, "enum", { values: issue.values.map(String).join(", ") });
    case "too_big":
      if (issue.origin === "string") return problem(path, "tooLong", { max: Number(issue.maximum) });
      if (issue.origin === "array") return problem(path, "tooMany", { max: Number(issue.maximum) });
      return problem(path, "tooLarge", { max: Number(issue.maximum) });
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? problem(path, "empty") : problem(path, "tooShort", { min: Number(issue.minimum) });
      return problem(path, "tooSmall", { min: Number(issue.minimum) });
    case "invalid_format":
      return problem(path, "invalid");
    case "custom": {
      const code = (issue.params as { code?: string } | undefined)?.code;
      return problem(path, (PROBLEM_CODES as readonly string[]).includes(code ?? "") ? (code as ProblemCode) : "invalid");
    }
    default:
      return problem(path, "invalid");
  }
}
