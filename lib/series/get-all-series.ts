import "server-only";
import { workspaceReadClient } from "@/lib/db/read-after-write";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { visibleCasesSql } from "@/lib/cases/visibility";
import type { CaseSeries } from "./get-case-series";
import { seriesFromMonths } from "./months-to-series";
import { provenanceOfRank, provenanceRankSql } from "./provenance-rank";
import type { SeriesQuery } from "./series-query";

/** Buckets available across cases: whole months (the rollup's grain) and years. */
export const ALL_CASES_BUCKETS = ["month", "year"] as const;

/**
 * Records shared per month (or year) summed over every case the viewer may see. Reads the monthly
 * rollup (~80 rows per case) rather than the daily table (~2,400), so 10,000 cases stay fast; the
 * range is widened to whole months because that is the rollup's grain.
 */
export async function getAllCasesSeries(viewer: Viewer, query: SeriesQuery): Promise<CaseSeries> {
  assertCan(viewer, "case.list");
  if (query.bucket === "day" || query.bucket === "week") throw new RangeError("Across cases, group by month or year.");
  const rows = await (await workspaceReadClient()).$queryRaw<{ month: Date; records: bigint; days: bigint; rank: number }[]>`
    SELECT m.month, sum(m.records)::bigint AS records, sum(m.days)::bigint AS days, min(${provenanceRankSql(Prisma.sql`m.provenance`)}) AS rank
    FROM monthly_record_totals m JOIN incidents i ON i.id = m."incidentId"
    WHERE ${visibleCasesSql(viewer)}
    GROUP BY m.month ORDER BY m.month`;
  return seriesFromMonths(
    rows.map((r) => ({ month: r.month.toISOString().slice(0, 10), records: Number(r.records), days: Number(r.days), provenance: provenanceOfRank(r.rank) })),
    query,
  );
}
