// The seeded cases marked public go out as version 1 of their public summary, with the default
// selection (what a careful regulator would publish), recorded as published by the system.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, SYSTEM_ACTOR } from "@/lib/audit/record-audit";
import { buildSnapshot, defaultSelection } from "@/lib/publishing/build-snapshot";

export async function publishSeededCases(tx: Prisma.TransactionClient): Promise<number> {
  const unpublished = await tx.incident.findMany({ where: { visibility: "public", deletedAt: null, publications: { none: {} } }, select: { id: true } });
  const actor = { ...SYSTEM_ACTOR, label: "system (seed)" };
  for (const { id } of unpublished) {
    const snapshot = await buildSnapshot(tx, id, await defaultSelection(tx, id));
    const now = new Date();
    const version = await tx.publicationVersion.create({
      data: { incidentId: id, number: 1, status: "published", snapshot: snapshot as unknown as Prisma.InputJsonValue, decidedAt: now, publishedAt: now },
    });
    await recordAudit(tx, { actor, action: "publication.approved", entityType: "publication_version", entityId: version.id, incidentId: id, after: { status: "published", number: 1 } });
  }
  return unpublished.length;
}
