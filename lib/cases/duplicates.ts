// When a new case may be one the authority already has open: it concerns the same organisation,
// its conduct period overlaps, or its title is similar (pg_trgm similarity of either title, in
// either language). The query in find-possible-duplicates.ts selects candidates by the same rule
// in SQL and ranks them; this module says, per candidate, which reasons hold. Pure.
import type { DatePrecision } from "@/lib/generated/prisma/enums";

/** pg_trgm's default similarity threshold, which the `%` operator (and its index) uses. */
export const SIMILAR_TITLE = 0.3;

export interface ConductPeriod {
  /** YYYY-MM-DD, or null when unknown. */
  start: string | null;
  startPrecision: DatePrecision;
  end: string | null;
  endPrecision: DatePrecision;
}

export type DuplicateReason = "organization" | "period" | "title";

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The days a period certainly may cover: a start known to the month begins on the 1st, one known
 * to the year on 1 January; an end known to the month ends on its last day, to the year on 31
 * December. An unknown start is open to the past, an unknown end open (ongoing); a period with
 * neither is no period (null), and overlaps nothing.
 */
export function periodBounds(period: ConductPeriod): { from: string | null; to: string | null } | null {
  if (!period.start && !period.end) return null;
  const from = period.start ? widenStart(period.start, period.startPrecision) : null;
  const to = period.end ? widenEnd(period.end, period.endPrecision) : null;
  return { from, to };
}

function widenStart(day: string, precision: DatePrecision): string {
  if (precision === "day") return day;
  return precision === "month" ? `${day.slice(0, 7)}-01` : `${day.slice(0, 4)}-01-01`;
}

function widenEnd(day: string, precision: DatePrecision): string {
  if (precision === "day") return day;
  if (precision === "year") return `${day.slice(0, 4)}-12-31`;
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return `${day.slice(0, 7)}-${String(lastDayOfMonth(year, month)).padStart(2, "0")}`;
}

export function periodsOverlap(a: ConductPeriod, b: ConductPeriod): boolean {
  const x = periodBounds(a);
  const y = periodBounds(b);
  if (!x || !y) return false;
  // ISO days compare as strings; an open bound compares as always satisfied.
  const startsBeforeEnd = (from: string | null, to: string | null) => from === null || to === null || from <= to;
  return startsBeforeEnd(x.from, y.to) && startsBeforeEnd(y.from, x.to);
}

/** Which reasons make `existing` a possible duplicate of the case being opened (empty: none). */
export function duplicateReasons(
  draft: { organizationId: string | null; period: ConductPeriod },
  existing: { investigatedOrgId: string; titleSimilarity: number; period: ConductPeriod },
): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (draft.organizationId && draft.organizationId === existing.investigatedOrgId) reasons.push("organization");
  if (periodsOverlap(draft.period, existing.period)) reasons.push("period");
  if (existing.titleSimilarity >= SIMILAR_TITLE) reasons.push("title");
  return reasons;
}
