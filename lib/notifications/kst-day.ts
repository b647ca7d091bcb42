// Days as Korea counts them: digests and "due tomorrow" follow the KST calendar (UTC+9, no daylight
// saving), whatever zone the server runs in. The day of an instant is todayInSeoul(instant), the
// one rule every case date is read by (lib/validation/fields.ts).
import { todayInSeoul } from "@/lib/validation/fields";

const KST_OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instant a KST day ("YYYY-MM-DD") begins. */
function kstDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - KST_OFFSET_MS);
}

/** The KST day `offset` days after `day`. */
export function addKstDays(day: string, offset: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** The KST day before the one `now` falls in, as [from, to): what a morning digest covers. */
export function previousKstDay(now: Date): { day: string; from: Date; to: Date } {
  const day = addKstDays(todayInSeoul(now), -1);
  return { day, from: kstDayStart(day), to: kstDayStart(addKstDays(day, 1)) };
}
