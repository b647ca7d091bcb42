// The case list's query string: what the URL holds, so a filtered view is a link to share.
// Pure: shared by the route handler, the page and the client.
import { z } from "zod";
import { cleanString } from "@/lib/validation/fields";
import { CLOCK_FILTERS } from "@/lib/workflow/clocks";
import { WORKFLOW_STATES } from "@/lib/enums";

export const SORTS = ["opened_desc", "opened_asc", "updated_desc", "title_asc"] as const;
export type CaseSort = (typeof SORTS)[number];
/** Which date `from` and `to` refer to. */
export const DATE_FIELDS = ["opened", "closed"] as const;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const optionalDay = z
  .string()
  .regex(ISO_DAY, "Use YYYY-MM-DD.")
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "Not a real date.")
  .optional();

export const caseListQuerySchema = z.object({
  // Text goes into SQL parameters; PostgreSQL refuses NUL, so control characters are refused here.
  q: cleanString.trim().max(200, "Keep the search under 200 characters.").optional(),
  state: z.array(z.enum(WORKFLOW_STATES)).max(WORKFLOW_STATES.length).default([]),
  org: cleanString.max(64).optional(),
  recipient: cleanString.max(64).optional(),
  category: cleanString.max(200).optional(),
  from: optionalDay,
  to: optionalDay,
  dates: z.enum(DATE_FIELDS).default("opened"),
  /** Cases with a running deadline that is past, or due within 7 days. */
  clock: z.enum(CLOCK_FILTERS).optional(),
  sort: z.enum(SORTS).default("opened_desc"),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type CaseListQuery = z.output<typeof caseListQuerySchema>;

/** Reads URLSearchParams (repeated `state`), dropping empty values. */
export function parseCaseListParams(params: URLSearchParams) {
  const raw: Record<string, unknown> = {};
  for (const key of ["q", "org", "recipient", "category", "from", "to", "dates", "clock", "sort", "cursor", "limit"]) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  raw.state = params.getAll("state").filter(Boolean);
  return caseListQuerySchema.safeParse(raw);
}

/**
 * How many filters are set, for the "Filters" button that hides them on a phone: each field
 * once (several states count as one), the search box (always shown) and the date field choice
 * (no filter by itself) not.
 */
export function countActiveFilters(filters: { state: readonly string[]; org: string; recipient: string; category: string; from: string; to: string; clock: string | null }): number {
  return [filters.state.length > 0, filters.org, filters.recipient, filters.category, filters.from, filters.to, filters.clock].filter(Boolean).length;
}

/** Words for full-text search: letters and digits only, each matched as a prefix. */
export function toTsQuery(q: string): string | null {
  const words = q.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 ? words.slice(0, 10).map((w) => `${w.toLowerCase()}:*`).join(" & ") : null;
}

/** A LIKE pattern that matches the text anywhere, with LIKE's own wildcards escaped. */
export function toLikePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface Cursor {
  v: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const parsed = z.object({ v: cleanString.max(400), id: cleanString.max(64) }).safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
