// How long something has waited, in the largest whole unit that reads naturally: "12 minutes",
// "5 hours", "3 days". Pure; the words come from the messages (myWork.waited.*).
import { todayInSeoul } from "@/lib/validation/fields";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Waited {
  unit: "minutes" | "hours" | "days";
  count: number;
}

export function waitedFor(since: Date, now: Date): Waited {
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms >= DAY) return { unit: "days", count: Math.floor(ms / DAY) };
  if (ms >= HOUR) return { unit: "hours", count: Math.floor(ms / HOUR) };
  return { unit: "minutes", count: Math.floor(ms / MINUTE) };
}

/** Today in Seoul (todayInSeoul) as stored for a day column: UTC midnight. */
export function seoulToday(now: Date): Date {
  return new Date(`${todayInSeoul(now)}T00:00:00Z`);
}

export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY);
export const daysAfter = (now: Date, days: number) => new Date(now.getTime() + days * DAY);
