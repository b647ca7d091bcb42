import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { fail } from "@/lib/actions/result";
import { can, type Viewer } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { actorOf, conflictError, requireCaseAction } from "./case-guard";
import type { caseRefSchema, updateCaseSchema } from "./schema";

export async function updateCase(viewer: Viewer, input: z.output<typeof updateCaseSchema>) {
  return prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, input.incidentId, "case.edit");
    const before = await tx.incident.findUniqueOrThrow({ where: { id: input.incidentId } });
    const { incidentId, version, ...fields } = input;
    const { count } = await tx.incident.updateMany({ where: { id: incidentId, version, deletedAt: null }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw await conflictError(tx, "incident", incidentId, await tx.incident.findUniqueOrThrow({ where: { id: incidentId } }));
    const after = await tx.incident.findUniqueOrThrow({ where: { id: incidentId } });
    await recordAudit(tx, { actor: actorOf(viewer), action: "incident.updated", entityType: "incident", entityId: incidentId, incidentId, before, after });
    return after;
  });
}

async function setDeleted(viewer: Viewer, input: z.output<typeof caseRefSchema>, deleted: boolean) {
  return prisma.$transaction(async (tx) => {
    const before = (await tx.incident.findFirst({ where: { id: input.incidentId, deletedAt: deleted ? null : { not: null } } })) ?? fail("not_found", "No such case.");
    if (deleted) await requireCaseAction(tx, viewer, before.id, "case.delete");
    // A deleted case has no live assignments to check; restoring is for those who see every case.
    else if (!can(viewer, "case.restore", { assignedUserIds: [] })) fail("not_found", "No such case.");
    const { count } = await tx.incident.updateMany({ where: { id: before.id, version: input.version }, data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } } });
    if (count === 0) throw await conflictError(tx, "incident", before.id, await tx.incident.findUniqueOrThrow({ where: { id: before.id } }));
    const after = await tx.incident.findUniqueOrThrow({ where: { id: before.id } });
    await recordAudit(tx, { actor: actorOf(viewer), action: deleted ? "incident.deleted" : "incident.restored", entityType: "incident", entityId: before.id, incidentId: before.id, before, after });
    return after;
  });
}

/** Soft delete: the case disappears from lists and pages but is kept, and a regulator can restore it. */
export const deleteCase = (viewer: Viewer, input: z.output<typeof caseRefSchema>) => setDeleted(viewer, input, true);
export const restoreCase = (viewer: Viewer, input: z.output<typeof caseRefSchema>) => setDeleted(viewer, input, false);
