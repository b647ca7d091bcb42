// Rebuilds a daily series from a cumulative total when only the total is known. The result
// is *modelled*, not observed, and must be labelled so wherever it appears.
//
// The split is even, because an even split invents nothing beyond the total and the period.
// Day i gets floor((i+1)·T/n) − floor(i·T/n): every day is within one record of every other,
// the extra records are spread across the period instead of piling up at one end, and the sum
// is exactly T (the terms telescope).

export interface DailyCount {
  /** YYYY-MM-DD */
  day: string;
  records: bigint;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(day: string): number {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!ISO_DAY.test(day) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day) {
    throw new Error(`${day} is not a valid day (YYYY-MM-DD).`);
  }
  return time;
}

/** Number of days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to) - parseDay(from)) / DAY_MS) + 1;
}

/** Every day from `from` to `to`, both included, as YYYY-MM-DD. */
export function eachDay(from: string, to: string): string[] {
  const start = parseDay(from);
  const n = daysBetween(from, to);
  return Array.from({ length: Math.max(n, 0) }, (_, i) => new Date(start + i * DAY_MS).toISOString().slice(0, 10));
}

export function modelEvenDailySeries({ total, from, to }: { total: bigint; from: string; to: string }): DailyCount[] {
  if (total < 0n) throw new Error("The total cannot be negative.");
  const days = eachDay(from, to);
  if (days.length < 1) throw new Error(`The period ends before it starts (${from} – ${to}).`);
  const count = BigInt(days.length);
  let previous = 0n;
  return days.map((d, i) => {
    const cumulative = ((BigInt(i) + 1n) * total) / count;
    const records = cumulative - previous;
    previous = cumulative;
    return { day: d, records };
  });
}
