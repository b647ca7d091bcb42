import "server-only";
import { prisma } from "@/lib/db/prisma";

const include = { source: { select: { id: true, title: true, titleKo: true } } } as const;

/** A case's key figures in the order they were added; deleted ones separately when asked. */
export async function listFigures(incidentId: string, options: { includeDeleted: boolean }) {
  const [live, deleted] = await Promise.all([
    prisma.incidentFigure.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" }, include }),
    options.includeDeleted ? prisma.incidentFigure.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" }, include }) : Promise.resolve([]),
  ]);
  return { live, deleted };
}

export function getFigure(incidentId: string, figureId: string) {
  return prisma.incidentFigure.findFirst({ where: { id: figureId, incidentId, deletedAt: null }, include });
}
