import "server-only";
import { prisma } from "@/lib/db/prisma";

const include = { organization: { select: { id: true, name: true, nameKo: true, kind: true, country: true } } } as const;

/** A case's recipients, in the order they were added; deleted ones separately when asked. */
export async function listRecipients(incidentId: string, options: { includeDeleted: boolean }) {
  const [live, deleted] = await Promise.all([
    prisma.incidentRecipient.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" }, include }),
    options.includeDeleted ? prisma.incidentRecipient.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" }, include }) : Promise.resolve([]),
  ]);
  return { live, deleted };
}

export function getRecipient(incidentId: string, recipientId: string) {
  return prisma.incidentRecipient.findFirst({ where: { id: recipientId, incidentId, deletedAt: null }, include });
}
