import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Provenance } from "@/lib/generated/prisma/enums";
import { layOut, type Bucket, type SeriesPoint } from "./buckets";
import { provenanceOfRank, provenanceRankSql } from "./provenance-rank";
import type { SeriesQuery } from "./series-query";

export interface CaseSeries {
  bucket: Bucket;
  from: string;
  to: string;
  /** The whole series' extent, for the range picker. */
  extent: { first: string; last: string } | null;
  points: SeriesPoint[];
  total: number;
  provenances: Provenance[];
}

/** A case's records per day, summed per bucket in SQL (date_trunc on the calendar day). */
export async function getCaseSeries(incidentId: string, query: SeriesQuery): Promise<CaseSeries> {
  const [extentRow] = await prisma.$queryRaw<{ first: Date | null; last: Date | null }[]>`
    SELECT min(day) AS first, max(day) AS last FROM daily_record_counts WHERE "incidentId" = ${incidentId}`;
  const extent = extentRow?.first && extentRow.last ? { first: extentRow.first.toISOString().slice(0, 10), last: extentRow.last.toISOString().slice(0, 10) } : null;
  const from = query.from ?? extent?.first ?? new Date().toISOString().slice(0, 10);
  const to = query.to ?? extent?.last ?? from;
  const spanDays = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  const bucket: Bucket = query.bucket ?? (spanDays > 731 ? "month" : spanDays > 120 ? "week" : "day");
  if (!extent) return { bucket, from, to, extent, points: [], total: 0, provenances: [] };

  const rows = await prisma.$queryRaw<{ start: Date; records: bigint; days: bigint; rank: number }[]>`
    SELECT date_trunc(${bucket}, day::timestamp)::date AS start, sum(records)::bigint AS records, count(*)::bigint AS days,
           min(${provenanceRankSql(Prisma.sql`provenance`)}) AS rank
    FROM daily_record_counts
    WHERE "incidentId" = ${incidentId} AND day BETWEEN ${new Date(`${from}T00:00:00Z`)}::date AND ${new Date(`${to}T00:00:00Z`)}::date
    GROUP BY 1 ORDER BY 1`;
  const shaped = rows.map((r) => ({ start: r.start.toISOString().slice(0, 10), records: Number(r.records), days: Number(r.days), provenance: provenanceOfRank(r.rank) }));
  const points = layOut(shaped, bucket, from, to);
  return {
    bucket,
    from,
    to,
    extent,
    points,
    total: shaped.reduce((sum, r) => sum + r.records, 0),
    provenances: [...new Set(shaped.map((r) => r.provenance))],
  };
}
