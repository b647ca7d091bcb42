import "server-only";
import { prisma } from "@/lib/db/prisma";

const include = { organization: { select: { id: true, name: true, nameKo: true } }, source: { select: { id: true, title: true, titleKo: true } } } as const;

/** A case's statements, oldest first; deleted ones separately when asked. */
export async function listStatements(incidentId: string, options: { includeDeleted: boolean }) {
  const [live, deleted] = await Promise.all([
    prisma.statement.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" }, include }),
    options.includeDeleted ? prisma.statement.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" }, include }) : Promise.resolve([]),
  ]);
  return { live, deleted };
}

export function getStatement(incidentId: string, statementId: string) {
  return prisma.statement.findFirst({ where: { id: statementId, incidentId, deletedAt: null }, include });
}
