// No "server-only" here: the seed (plain Node) builds published snapshots with it too.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Provenance } from "@/lib/generated/prisma/enums";
import { countToNumber, recordsHeadline, type PeopleSplit, type SourcedFigure } from "./headline";
import { RECORDS_TOTAL_KEY } from "@/lib/figures/figure-key";

export interface CaseHeadline {
  people: (SourcedFigure & { split: PeopleSplit }) | null;
  records: SourcedFigure | null;
}

/**
 * Headline figures for several cases in three queries (not three per case): the current
 * revision of each case's first estimate, any stated records total, and the series sums.
 */
export async function loadHeadlines(incidentIds: string[], db?: PrismaClient | Prisma.TransactionClient): Promise<Map<string, CaseHeadline>> {
  const result = new Map<string, CaseHeadline>();
  if (incidentIds.length === 0) return result;
  const prisma = db ?? (await import("@/lib/db/prisma")).prisma;

  const [estimates, statedTotals, seriesSums] = await Promise.all([
    prisma.populationEstimate.findMany({
      where: { incidentId: { in: incidentIds }, deletedAt: null },
      orderBy: { createdAt: "asc" },
      include: { revisions: { orderBy: { revision: "desc" }, take: 1, include: { source: { select: { title: true } } } } },
    }),
    prisma.incidentFigure.findMany({
      where: { incidentId: { in: incidentIds }, key: RECORDS_TOTAL_KEY, deletedAt: null },
      include: { source: { select: { title: true } } },
    }),
    // Sums come from the monthly rollup (its provenance is each month's weakest, so the weakest
    // overall is unchanged); the last day is one index probe per case on the daily table.
    prisma.$queryRaw<{ incidentId: string; records: bigint; provenances: Provenance[]; lastDay: Date | null }[]>`
      SELECT m."incidentId", sum(m.records)::bigint AS records, array_agg(DISTINCT m.provenance::text) AS provenances,
             (SELECT max(d.day) FROM daily_record_counts d WHERE d."incidentId" = m."incidentId") AS "lastDay"
      FROM monthly_record_totals m WHERE m."incidentId" = ANY(${incidentIds}::text[]) GROUP BY m."incidentId"`,
  ]);

  // Index by case once (the dashboard asks for every visible case at once).
  const firstEstimate = new Map<string, (typeof estimates)[number]>();
  for (const e of estimates) if (!firstEstimate.has(e.incidentId)) firstEstimate.set(e.incidentId, e);
  const statedById = new Map(statedTotals.map((f) => [f.incidentId, f]));
  const seriesById = new Map(seriesSums.map((g) => [g.incidentId, g]));
  for (const id of incidentIds) {
    const revision = firstEstimate.get(id)?.revisions[0];
    const stated = statedById.get(id);
    const series = seriesById.get(id);
    result.set(id, {
      people: revision
        ? {
            value: countToNumber(revision.total) ?? 0,
            provenance: revision.provenance,
            approximate: false,
            asOf: revision.asOf,
            source: revision.source?.title ?? null,
            split: {
              active: countToNumber(revision.active),
              dormant: countToNumber(revision.dormant),
              former: countToNumber(revision.former),
              unsplit: countToNumber(revision.unsplit),
            },
          }
        : null,
      records: recordsHeadline({
        statedTotal: stated
          ? { value: Number(stated.value), provenance: stated.provenance, approximate: stated.approximate, asOf: stated.asOf, source: stated.source?.title ?? null }
          : null,
        series: series ? { sum: countToNumber(series.records) ?? 0, provenances: series.provenances, lastDay: series.lastDay } : null,
      }),
    });
  }
  return result;
}
