import "server-only";
import { prisma } from "@/lib/db/prisma";

/** Deleted cases, most recently deleted first, with who deleted each (from the audit trail). */
export async function listDeletedCases() {
  const cases = await prisma.incident.findMany({
    where: { deletedAt: { not: null } },
    select: { id: true, slug: true, title: true, titleKo: true, deletedAt: true, version: true },
    orderBy: { deletedAt: "desc" },
  });
  const deletions = await prisma.auditEvent.findMany({
    where: { action: "incident.deleted", incidentId: { in: cases.map((c) => c.id) } },
    select: { incidentId: true, actorLabel: true, actor: { select: { name: true } } },
    orderBy: { id: "desc" },
  });
  const deletedBy = new Map<string, string>();
  for (const d of deletions) if (d.incidentId && !deletedBy.has(d.incidentId)) deletedBy.set(d.incidentId, d.actor?.name ?? d.actorLabel);
  return cases.map((c) => ({ ...c, deletedAt: c.deletedAt!, deletedBy: deletedBy.get(c.id) ?? null }));
}
