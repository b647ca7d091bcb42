import "server-only";
import { workspaceReadClient } from "@/lib/db/read-after-write";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Provenance } from "@/lib/generated/prisma/enums";
import { layOut, type Bucket, type BucketRow, type SeriesPoint } from "./buckets";
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

type BucketJson = [start: string, records: number, days: number, rank: number][];

/**
 * The buckets as one JSON array of [start, records, days, rank] (no per-row decoding: a day
 * bucket over seven years is 2,500 rows). Sums stay exact as JSON numbers: a day holds at most
 * 10^12 records, so even a year's bucket stays far below 2^53. Null bounds mean the whole series.
 */
async function bucketRows(incidentId: string, bucket: Bucket, from: string | null, to: string | null): Promise<BucketRow[]> {
  const first = new Date(`${from ?? "0001-01-01"}T00:00:00Z`);
  const last = new Date(`${to ?? "9999-12-31"}T00:00:00Z`);
  const rank = provenanceRankSql(Prisma.sql`provenance`);
  const where = Prisma.sql`"incidentId" = ${incidentId} AND day BETWEEN ${first}::date AND ${last}::date`;
  // A day is its own bucket: no grouping needed.
  const buckets =
    bucket === "day"
      ? Prisma.sql`SELECT day AS start, records, 1 AS days, ${rank} AS rank FROM daily_record_counts WHERE ${where}`
      : Prisma.sql`SELECT date_trunc(${bucket}, day::timestamp)::date AS start, sum(records) AS records, count(*) AS days, min(${rank}) AS rank
                   FROM daily_record_counts WHERE ${where} GROUP BY 1`;
  const [result] = await (await workspaceReadClient()).$queryRaw<{ rows: BucketJson }[]>`
    SELECT coalesce(json_agg(json_build_array(start, records, days, rank) ORDER BY start), '[]'::json) AS rows FROM (${buckets}) buckets`;
  return (result?.rows ?? []).map(([start, records, days, rank]) => ({ start, records, days, provenance: provenanceOfRank(rank) }));
}

async function seriesExtent(incidentId: string) {
  const [row] = await (await workspaceReadClient()).$queryRaw<{ first: Date | null; last: Date | null }[]>`
    SELECT min(day) AS first, max(day) AS last FROM daily_record_counts WHERE "incidentId" = ${incidentId}`;
  return row?.first && row.last ? { first: row.first.toISOString().slice(0, 10), last: row.last.toISOString().slice(0, 10) } : null;
}

/** A case's records per day, summed per bucket in SQL (date_trunc on the calendar day). */
export async function getCaseSeries(incidentId: string, query: SeriesQuery): Promise<CaseSeries> {
  // With the bucket named, the extent and the buckets are independent: ask for both at once.
  const [extent, known] = await Promise.all([
    seriesExtent(incidentId),
    query.bucket ? bucketRows(incidentId, query.bucket, query.from ?? null, query.to ?? null) : null,
  ]);
  const from = query.from ?? extent?.first ?? new Date().toISOString().slice(0, 10);
  const to = query.to ?? extent?.last ?? from;
  const spanDays = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  const bucket: Bucket = query.bucket ?? (spanDays > 731 ? "month" : spanDays > 120 ? "week" : "day");
  if (!extent) return { bucket, from, to, extent, points: [], total: 0, provenances: [] };

  const shaped = known ?? (await bucketRows(incidentId, bucket, from, to));
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
