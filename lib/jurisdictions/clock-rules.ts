// A statutory clock's arithmetic, from a rule frozen into the clock when it starts. Pure: no I/O,
// safe in client components. A window in days ends at the close of its last day in the
// jurisdiction's zone (Korea: exactly lib/workflow/clocks.ts's Seoul arithmetic); a window in hours
// runs from the instant it starts.
import type { ClockUnit } from "@/lib/generated/prisma/enums";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** What a clock keeps of the rule it started from (the case_clocks.rule* columns). */
export interface FrozenRule {
  ruleId: string;
  ruleJurisdiction: string;
  ruleTimeZone: string;
  ruleLength: number;
  ruleUnit: ClockUnit;
}

export interface RuleRow {
  id: string;
  jurisdictionCode: string;
  length: number | null;
  unit: ClockUnit;
}

/** The copy a clock keeps, or null when the rule has no length: that clock does not start. */
export function freezeRule(rule: RuleRow, timeZone: string): FrozenRule | null {
  if (rule.length === null) return null;
  return { ruleId: rule.id, ruleJurisdiction: rule.jurisdictionCode, ruleTimeZone: timeZone, ruleLength: rule.length, ruleUnit: rule.unit };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's wall clock at an instant, read as if it were UTC. */
function wallClockAsUtc(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** The zone's offset from UTC at an instant, in milliseconds (Seoul: +9 h). */
function offsetAt(at: Date, timeZone: string): number {
  const whole = new Date(Math.floor(at.getTime() / 1000) * 1000);
  return wallClockAsUtc(whole, timeZone) - whole.getTime();
}

/** The first instant of a calendar day (stored as UTC midnight) in a zone. */
export function startOfDayIn(day: Date, timeZone: string): Date {
  const wall = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  // Midnight's offset can differ from the guess's when the zone changes its clocks that day.
  const guess = wall - offsetAt(new Date(wall), timeZone);
  return new Date(wall - offsetAt(new Date(guess), timeZone));
}

/** The last instant of a calendar day in a zone: something dated only by its day counts the whole day. */
export function endOfDayIn(day: Date, timeZone: string): Date {
  return new Date(startOfDayIn(new Date(day.getTime() + DAY_MS), timeZone).getTime() - 1);
}

/** The calendar day (as UTC midnight) an instant falls on in a zone. */
export function zonedDayOf(at: Date, timeZone: string): Date {
  const wall = new Date(wallClockAsUtc(at, timeZone));
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()));
}

/** A clock started by a day (the day a notice was served, a decision made). */
export function dueFromDay(startDay: Date, rule: FrozenRule): { startsAt: Date; dueAt: Date } {
  const startsAt = startOfDayIn(startDay, rule.ruleTimeZone);
  if (rule.ruleUnit === "hours") return { startsAt, dueAt: new Date(startsAt.getTime() + rule.ruleLength * HOUR_MS) };
  return { startsAt, dueAt: endOfWindow(startDay, rule) };
}

/** A clock started by an instant (the moment a company became aware of a breach). */
export function dueFromInstant(at: Date, rule: FrozenRule): Date {
  if (rule.ruleUnit === "hours") return new Date(at.getTime() + rule.ruleLength * HOUR_MS);
  return endOfWindow(zonedDayOf(at, rule.ruleTimeZone), rule);
}

/** `length` days counted from `startDay` end at midnight after the last of them, in the zone. */
function endOfWindow(startDay: Date, rule: FrozenRule): Date {
  const start = Date.UTC(startDay.getUTCFullYear(), startDay.getUTCMonth(), startDay.getUTCDate());
  return startOfDayIn(new Date(start + (rule.ruleLength + 1) * DAY_MS), rule.ruleTimeZone);
}

/** Whole hours late, rounded up: 0 when on time. */
export function hoursLate(dueAt: Date, at: Date): number {
  const late = at.getTime() - dueAt.getTime();
  return late <= 0 ? 0 : Math.ceil(late / HOUR_MS);
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/**
 * "YYYY-MM-DD HH:MM" read as wall-clock time in a zone (when a company became aware of a breach,
 * when it notified), or null when it is no such time.
 */
export function zonedInstant(text: string, timeZone: string): Date | null {
  const m = WALL_TIME.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (hour > 23 || minute > 59 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const guess = wall - offsetAt(new Date(wall), timeZone);
  return new Date(wall - offsetAt(new Date(guess), timeZone));
}

/** An instant as "YYYY-MM-DD HH:MM" on the zone's wall clock: what zonedInstant reads. */
export function formatZoned(at: Date, timeZone: string): string {
  return new Date(wallClockAsUtc(at, timeZone)).toISOString().slice(0, 16).replace("T", " ");
}

/** Whether a string names an IANA time zone this runtime knows. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}
