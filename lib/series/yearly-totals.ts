import "server-only";
import { prisma } from "@/lib/db/prisma";

/** Records per calendar year for a case, summed in SQL. */
export async function yearlyTotals(incidentId: string) {
  const rows = await prisma.$queryRaw<{ year: number; days: bigint; records: bigint; provenances: string[] }[]>`
    SELECT extract(year FROM day)::int AS year, count(*)::bigint AS days, sum(records)::bigint AS records,
           array_agg(DISTINCT provenance::text) AS provenances
    FROM daily_record_counts WHERE "incidentId" = ${incidentId}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ year: r.year, days: Number(r.days), records: r.records, provenances: r.provenances }));
}
