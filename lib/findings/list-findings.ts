import "server-only";
import { prisma } from "@/lib/db/prisma";

const include = {
  author: { select: { name: true } },
  articles: { orderBy: { position: "asc" }, select: { article: { select: { id: true, lawCode: true, lawName: true, lawNameKo: true, number: true, title: true, titleKo: true, url: true } } } },
} as const;

/** A case's findings, live ones first by creation; deleted ones separately when asked. */
export async function listFindings(incidentId: string, options: { includeDeleted: boolean }) {
  const [live, deleted] = await Promise.all([
    prisma.finding.findMany({ where: { incidentId, deletedAt: null }, orderBy: { createdAt: "asc" }, include }),
    options.includeDeleted ? prisma.finding.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" }, include }) : Promise.resolve([]),
  ]);
  return { live, deleted };
}

export function getFinding(incidentId: string, findingId: string) {
  return prisma.finding.findFirst({ where: { id: findingId, incidentId, deletedAt: null }, include });
}
