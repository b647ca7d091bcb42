import "server-only";
import { prisma } from "@/lib/db/prisma";

export async function listEvents(incidentId: string, options: { includeDeleted: boolean }) {
  const [live, deleted] = await Promise.all([
    prisma.timelineEvent.findMany({ where: { incidentId, deletedAt: null }, orderBy: [{ occurredOn: "asc" }, { createdAt: "asc" }] }),
    options.includeDeleted ? prisma.timelineEvent.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" } }) : Promise.resolve([]),
  ]);
  return { live, deleted };
}

export function getEvent(incidentId: string, eventId: string) {
  return prisma.timelineEvent.findFirst({ where: { id: eventId, incidentId, deletedAt: null } });
}
