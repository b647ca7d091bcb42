// The deadlines a step starts: the company's window to reply to a notice of intent, and the
// window to appeal a decision. Their lengths are rules per jurisdiction (the clock_rules table,
// edited at /admin/jurisdictions; arithmetic in lib/jurisdictions/clock-rules.ts). What is here is
// the Korean calendar-day arithmetic those rules reproduce for Korea, and the status of a clock.
export type ClockKind = "reply_window" | "appeal_window" | "notification_duty";

/** How close a deadline must be to count as "due soon" in lists and filters. */
export const DUE_SOON_DAYS = 7;

/** The case list's and overview's deadline filters. */
export const CLOCK_FILTERS = ["overdue", "due_soon"] as const;
export type ClockFilter = (typeof CLOCK_FILTERS)[number];

const DAY_MS = 86_400_000;
const SEOUL_OFFSET_MS = 9 * 3_600_000;

/** Whole days a case has been in its current state (0 on the day it entered it). */
export function daysInState(stateEnteredAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - stateEnteredAt.getTime()) / DAY_MS));
}

/**
 * A window of `days` counted from `startDay` (the day the notice was served or the decision
 * made) ends at the close of the last day in Seoul: served on 1 March with 10 days, due at
 * midnight between 11 and 12 March, Korean time.
 */
export function clockDueAt(startDay: Date, days: number): Date {
  const start = Date.UTC(startDay.getUTCFullYear(), startDay.getUTCMonth(), startDay.getUTCDate());
  return new Date(start + (days + 1) * DAY_MS - SEOUL_OFFSET_MS);
}

/**
 * The last instant of a calendar day (stored as UTC midnight) in Seoul: when something dated
 * only by its day (a reply received, an appeal filed) is measured against a deadline, the whole
 * day counts.
 */
export function endOfSeoulDay(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) + DAY_MS - SEOUL_OFFSET_MS - 1);
}

/**
 * Whole days late, frozen when the step happens: 0 when on time. Something done during the
 * day after the deadline is one day late.
 */
export function daysLate(dueAt: Date, at: Date): number {
  const late = at.getTime() - dueAt.getTime();
  return late <= 0 ? 0 : Math.ceil(late / DAY_MS);
}

export type ClockStatus = "overdue" | "dueSoon" | "running" | "stopped";

export function clockStatus(clock: { dueAt: Date; stoppedAt: Date | null }, now: Date): ClockStatus {
  if (clock.stoppedAt) return "stopped";
  const left = clock.dueAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  return left <= DUE_SOON_DAYS * DAY_MS ? "dueSoon" : "running";
}

/** Whole days left (positive) or overdue (negative), rounded toward the deadline. */
export function daysLeft(dueAt: Date, now: Date): number {
  const left = dueAt.getTime() - now.getTime();
  return left >= 0 ? Math.ceil(left / DAY_MS) : -Math.ceil(-left / DAY_MS);
}
