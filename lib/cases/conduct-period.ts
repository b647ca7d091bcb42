// A case's conduct period, each end known to the day, month or year: the days it certainly may
// cover, and whether two periods overlap. Used to find possible duplicates (duplicates.ts and, in
// SQL, find-possible-duplicates.ts) and to check a case file's records per day. Pure.
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { toIsoDay } from "@/lib/format/date";

export interface ConductPeriod {
  /** YYYY-MM-DD, or null when unknown. */
  start: string | null;
  startPrecision: DatePrecision;
  end: string | null;
  endPrecision: DatePrecision;
}

/** A stored period (DATE columns and their precisions) as ISO days. */
export function conductPeriodOf(row: { conductStart: Date | null; conductStartPrecision: DatePrecision; conductEnd: Date | null; conductEndPrecision: DatePrecision }): ConductPeriod {
  return {
    start: row.conductStart ? toIsoDay(row.conductStart) : null,
    startPrecision: row.conductStartPrecision,
    end: row.conductEnd ? toIsoDay(row.conductEnd) : null,
    endPrecision: row.conductEndPrecision,
  };
}

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
