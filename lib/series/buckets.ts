// Bucketing a daily series for charts. SQL sums the days in each bucket; this module lays the
// buckets end to end over the requested range, so a bucket with no data is a gap (null), never a
// zero, and says how many of its days have data.
import type { Provenance } from "@/lib/generated/prisma/enums";

export const BUCKETS = ["day", "week", "month", "year"] as const;
export type Bucket = (typeof BUCKETS)[number];

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The first day of the bucket containing `day` (weeks start on Monday, as in date_trunc). */
export function bucketStart(day: string, bucket: Bucket): string {
  const d = new Date(utc(day));
  switch (bucket) {
    case "day":
      return day;
    case "week":
      return iso(utc(day) - ((d.getUTCDay() + 6) % 7) * DAY_MS);
    case "month":
      return `${day.slice(0, 7)}-01`;
    case "year":
      return `${day.slice(0, 4)}-01-01`;
  }
}

/** The first day of the next bucket, as a UTC timestamp. */
function nextBucketTime(start: number, bucket: Bucket): number {
  switch (bucket) {
    case "day":
      return start + DAY_MS;
    case "week":
      return start + 7 * DAY_MS;
    case "month": {
      const d = new Date(start);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
    case "year":
      return Date.UTC(new Date(start).getUTCFullYear() + 1, 0, 1);
  }
}

/** The first day of the next bucket. */
export function nextBucket(start: string, bucket: Bucket): string {
  return iso(nextBucketTime(utc(start), bucket));
}

export interface BucketRow {
  start: string;
  records: number;
  days: number;
  provenance: Provenance;
}

export interface SeriesPoint {
  /** First day of the bucket. */
  start: string;
  /** Records in the bucket, or null when no day in it has data (a gap). */
  records: number | null;
  /** Days with data in the bucket, and days the bucket spans within the range. */
  days: number;
  span: number;
  provenance: Provenance | null;
}

/** Every bucket from `from` to `to`, data or not. Works on timestamps: it runs for every request. */
export function layOut(rows: BucketRow[], bucket: Bucket, from: string, to: string): SeriesPoint[] {
  const byStart = new Map(rows.map((r) => [r.start, r]));
  const points: SeriesPoint[] = [];
  const begin = utc(from);
  const end = utc(to) + DAY_MS;
  for (let time = utc(bucketStart(from, bucket)); time < end; ) {
    const next = nextBucketTime(time, bucket);
    const start = iso(time);
    const row = byStart.get(start);
    const span = Math.round((Math.min(next, end) - Math.max(time, begin)) / DAY_MS);
    points.push({ start, records: row ? row.records : null, days: row?.days ?? 0, span, provenance: row?.provenance ?? null });
    if (points.length > 20_000) throw new RangeError("Too many buckets; choose a coarser bucket or a shorter range.");
    time = next;
  }
  return points;
}

/** Running total; a gap stays a gap, and the total carries on after it. */
export function cumulative(points: SeriesPoint[]): (number | null)[] {
  let total = 0;
  return points.map((p) => {
    if (p.records === null) return null;
    total += p.records;
    return total;
  });
}
