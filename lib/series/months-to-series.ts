// Monthly totals (the rollup's grain) shaped into a series of months or years over a range. Pure:
// used for records across cases (from the rollup) and for a published case (from its snapshot).
import type { Provenance } from "@/lib/generated/prisma/enums";
import { bucketStart, layOut, nextBucket, type BucketRow } from "./buckets";
import type { CaseSeries } from "./get-case-series";
import { rankOfProvenance } from "./provenance-rank";
import type { SeriesQuery } from "./series-query";

export interface MonthTotal {
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  records: number;
  days: number;
  provenance: Provenance;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayBefore = (day: string) => iso(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));

export function seriesFromMonths(months: MonthTotal[], query: SeriesQuery, today: string = iso(new Date())): CaseSeries {
  if (query.bucket === "day" || query.bucket === "week") throw new RangeError("Group by month or year.");
  const bucket = query.bucket ?? "month";
  const sorted = [...months].sort((a, b) => a.month.localeCompare(b.month));
  const first = sorted[0];
  const last = sorted.at(-1);
  const extent = first && last ? { first: first.month, last: dayBefore(nextBucket(last.month, "month")) } : null;
  const from = bucketStart(query.from ?? extent?.first ?? today, "month");
  const to = dayBefore(nextBucket(bucketStart(query.to ?? extent?.last ?? from, "month"), "month"));
  if (!extent) return { bucket, from, to, extent, points: [], total: 0, provenances: [] };

  // Months in range, then summed per bucket (a year is its months; the weakest provenance wins).
  const buckets = new Map<string, BucketRow>();
  for (const m of sorted) {
    if (m.month < from || m.month > to) continue;
    const start = bucketStart(m.month, bucket);
    const row = buckets.get(start);
    if (!row) buckets.set(start, { start, records: m.records, days: m.days, provenance: m.provenance });
    else {
      row.records += m.records;
      row.days += m.days;
      if (rankOfProvenance(m.provenance) < rankOfProvenance(row.provenance)) row.provenance = m.provenance;
    }
  }
  const shaped = [...buckets.values()];
  return {
    bucket,
    from,
    to,
    extent,
    points: layOut(shaped, bucket, from, to),
    total: shaped.reduce((sum, r) => sum + r.records, 0),
    provenances: [...new Set(shaped.map((r) => r.provenance))],
  };
}
