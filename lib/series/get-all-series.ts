import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { visibleCasesSql } from "@/lib/incidents/visible-cases-sql";
import { bucketStart, layOut, nextBucket, type BucketRow } from "./buckets";
import type { CaseSeries } from "./get-case-series";
import { provenanceOfRank, provenanceRankSql, rankOfProvenance } from "./provenance-rank";
import type { SeriesQuery } from "./series-query";

/** Buckets available across cases: whole months (the rollup's grain) and years. */
export const ALL_CASES_BUCKETS = ["month", "year"] as const;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayBefore = (day: string) => iso(new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000));

/**
 * Records shared per month (or year) summed over every case the viewer may see. Reads the monthly
 * rollup (~80 rows per case) rather than the daily table (~2,400), so 10,000 cases stay fast; the
 * range is widened to whole months because that is the rollup's grain.
 */
export async function getAllCasesSeries(viewer: Viewer, query: SeriesQuery): Promise<CaseSeries> {
  assertCan(viewer, "case.list");
  if (query.bucket === "day" || query.bucket === "week") throw new RangeError("Across cases, group by month or year.");
  const bucket = query.bucket ?? "month";
  const rows = await prisma.$queryRaw<{ month: Date; records: bigint; days: bigint; rank: number }[]>`
    SELECT m.month, sum(m.records)::bigint AS records, sum(m.days)::bigint AS days, min(${provenanceRankSql(Prisma.sql`m.provenance`)}) AS rank
    FROM monthly_record_totals m JOIN incidents i ON i.id = m."incidentId"
    WHERE ${visibleCasesSql(viewer)}
    GROUP BY m.month ORDER BY m.month`;
  const first = rows[0];
  const last = rows.at(-1);
  const extent = first && last ? { first: iso(first.month), last: dayBefore(nextBucket(iso(last.month), "month")) } : null;
  const from = bucketStart(query.from ?? extent?.first ?? iso(new Date()), "month");
  const to = dayBefore(nextBucket(bucketStart(query.to ?? extent?.last ?? from, "month"), "month"));
  if (!extent) return { bucket, from, to, extent, points: [], total: 0, provenances: [] };

  // Months in range, then summed per bucket (a year is its months).
  const buckets = new Map<string, BucketRow>();
  for (const r of rows) {
    const month = iso(r.month);
    if (month < from || month > to) continue;
    const start = bucketStart(month, bucket);
    const row = buckets.get(start);
    const provenance = provenanceOfRank(r.rank);
    if (!row) buckets.set(start, { start, records: Number(r.records), days: Number(r.days), provenance });
    else {
      row.records += Number(r.records);
      row.days += Number(r.days);
      if (r.rank < rankOfProvenance(row.provenance)) row.provenance = provenance;
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
