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

/**
 * The live sources as choices for a form that cites one (the server checks the choice again:
 * lib/sources/citation.ts). `keep` is the source an edited record cites now: listed even if it
 * was deleted since (marked so), because the edit may keep it.
 */
export async function sourceChoices(incidentId: string, options: { keep?: string | null } = {}) {
  const rows = await prisma.source.findMany({
    where: { incidentId, OR: [{ deletedAt: null }, ...(options.keep ? [{ id: options.keep }] : [])] },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, titleKo: true, deletedAt: true },
  });
  return rows.map(({ deletedAt, ...s }) => ({ ...s, deleted: deletedAt !== null }));
}

export type SourceChoice = Awaited<ReturnType<typeof sourceChoices>>[number];
