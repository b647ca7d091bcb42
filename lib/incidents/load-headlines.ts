import "server-only";
import { prisma } from "@/lib/db";
import { countToNumber, recordsHeadline, type PeopleSplit, type SourcedFigure } from "./headline";

export interface CaseHeadline {
  people: (SourcedFigure & { split: PeopleSplit }) | null;
  records: SourcedFigure | null;
}

/**
 * Headline figures for several cases in three queries (not three per case): the current
 * revision of each case's first estimate, any stated records total, and the series sums.
 */
export async function loadHeadlines(incidentIds: string[]): Promise<Map<string, CaseHeadline>> {
  const result = new Map<string, CaseHeadline>();
  if (incidentIds.length === 0) return result;

  const [estimates, statedTotals, seriesSums] = await Promise.all([
    prisma.populationEstimate.findMany({
      where: { incidentId: { in: incidentIds }, deletedAt: null },
      orderBy: { createdAt: "asc" },
      include: { revisions: { orderBy: { revision: "desc" }, take: 1, include: { source: { select: { title: true } } } } },
    }),
    prisma.incidentFigure.findMany({
      where: { incidentId: { in: incidentIds }, key: "records_shared_total" },
      include: { source: { select: { title: true } } },
    }),
    prisma.dailyRecordCount.groupBy({
      by: ["incidentId", "provenance"],
      where: { incidentId: { in: incidentIds } },
      _sum: { records: true },
      _max: { day: true },
    }),
  ]);

  for (const id of incidentIds) {
    const revision = estimates.find((e) => e.incidentId === id)?.revisions[0];
    const stated = statedTotals.find((f) => f.incidentId === id);
    const groups = seriesSums.filter((g) => g.incidentId === id);
    const lastDay = groups.reduce<Date | null>((max, g) => (g._max.day && (!max || g._max.day > max) ? g._max.day : max), null);
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
        series:
          groups.length > 0
            ? { sum: groups.reduce((s, g) => s + (countToNumber(g._sum.records) ?? 0), 0), provenances: groups.map((g) => g.provenance), lastDay }
            : null,
      }),
    });
  }
  return result;
}
