import "server-only";
import { prisma } from "@/lib/db/prisma";

const include = {
  revisions: { orderBy: { revision: "desc" as const }, include: { source: { select: { title: true, titleKo: true } }, createdBy: { select: { name: true } } } },
};

/** Estimates with every revision, newest first; the first revision listed is the current figure. */
export async function listEstimates(incidentId: string, options: { includeDeleted: boolean }) {
  const [live, deleted] = await Promise.all([
    prisma.populationEstimate.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" }, include }),
    options.includeDeleted ? prisma.populationEstimate.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" }, include }) : Promise.resolve([]),
  ]);
  return { live, deleted };
}

export function getEstimate(incidentId: string, estimateId: string) {
  return prisma.populationEstimate.findFirst({ where: { id: estimateId, incidentId, deletedAt: null }, include });
}
