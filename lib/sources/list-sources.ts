import "server-only";
import { prisma } from "@/lib/db/prisma";

/** A case's sources, oldest first, each with how many things cite it; deleted ones separately when asked. */
export async function listSources(incidentId: string, options: { includeDeleted: boolean }) {
  const include = { _count: { select: { figures: { where: { deletedAt: null } }, revisions: true, events: { where: { deletedAt: null } }, statements: { where: { deletedAt: null } }, findings: { where: { deletedAt: null } } } } } as const;
  const [live, deleted] = await Promise.all([
    prisma.source.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" }, include }),
    options.includeDeleted ? prisma.source.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" }, include }) : Promise.resolve([]),
  ]);
  return { live, deleted };
}

export function getSource(incidentId: string, sourceId: string) {
  return prisma.source.findFirst({ where: { id: sourceId, incidentId, deletedAt: null } });
}

/** The live sources as choices for a form that cites one (the server checks the choice again: lib/sources/citation.ts). */
export function sourceChoices(incidentId: string) {
  return prisma.source.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, title: true, titleKo: true } });
}

export type SourceChoice = Awaited<ReturnType<typeof sourceChoices>>[number];
