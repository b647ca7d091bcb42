import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { actorOf, conflictError, requireCaseAction } from "@/lib/cases/case-guard";
import type { z } from "zod";
import type { changeFindingStatusSchema, createFindingSchema, findingRefSchema, updateFindingSchema } from "./schema";
import { canChangeStatus } from "./status";

type Out<S extends z.ZodType> = z.output<S>;

async function loadFinding(tx: Prisma.TransactionClient, findingId: string, options: { deleted?: boolean } = {}) {
  const finding = await tx.finding.findFirst({ where: { id: findingId, deletedAt: options.deleted ? { not: null } : null } });
  if (!finding) return fail("not_found", "No such finding.");
  return finding;
}

async function updateVersioned(tx: Prisma.TransactionClient, findingId: string, version: number, data: Prisma.FindingUpdateManyMutationInput, deleted = false) {
  const { count } = await tx.finding.updateMany({
    where: { id: findingId, version, deletedAt: deleted ? { not: null } : null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await tx.finding.findUniqueOrThrow({ where: { id: findingId } });
    throw await conflictError(tx, "finding", findingId, current);
  }
  return tx.finding.findUniqueOrThrow({ where: { id: findingId } });
}

export async function createFinding(viewer: Viewer, input: Out<typeof createFindingSchema>) {
  return prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, input.incidentId, "finding.edit");
    const finding = await tx.finding.create({ data: { ...input, authorId: viewer.id } });
    await recordAudit(tx, { actor: actorOf(viewer), action: "finding.created", entityType: "finding", entityId: finding.id, incidentId: finding.incidentId, after: finding });
    return finding;
  });
}

export async function updateFinding(viewer: Viewer, input: Out<typeof updateFindingSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadFinding(tx, input.findingId);
    await requireCaseAction(tx, viewer, before.incidentId, "finding.edit");
    const { findingId, version, ...fields } = input;
    const after = await updateVersioned(tx, findingId, version, fields);
    await recordAudit(tx, { actor: actorOf(viewer), action: "finding.updated", entityType: "finding", entityId: findingId, incidentId: after.incidentId, before, after });
    return after;
  });
}

export async function changeFindingStatus(viewer: Viewer, input: Out<typeof changeFindingStatusSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadFinding(tx, input.findingId);
    await requireCaseAction(tx, viewer, before.incidentId, "finding.edit");
    if (!canChangeStatus(before.status, input.status)) {
      fail("invalid", `A ${before.status} finding cannot become ${input.status}.`, { status: [`A ${before.status} finding cannot become ${input.status}.`] });
    }
    const after = await updateVersioned(tx, input.findingId, input.version, { status: input.status, statusReason: input.reason });
    await recordAudit(tx, { actor: actorOf(viewer), action: `finding.${input.status}`, entityType: "finding", entityId: after.id, incidentId: after.incidentId, before, after });
    return after;
  });
}

/** Soft delete: the finding is kept and a regulator can restore it. */
export async function deleteFinding(viewer: Viewer, input: Out<typeof findingRefSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadFinding(tx, input.findingId);
    await requireCaseAction(tx, viewer, before.incidentId, "case.delete");
    const after = await updateVersioned(tx, input.findingId, input.version, { deletedAt: new Date() });
    await recordAudit(tx, { actor: actorOf(viewer), action: "finding.deleted", entityType: "finding", entityId: after.id, incidentId: after.incidentId, before, after });
    return after;
  });
}

export async function restoreFinding(viewer: Viewer, input: Out<typeof findingRefSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadFinding(tx, input.findingId, { deleted: true });
    await requireCaseAction(tx, viewer, before.incidentId, "case.restore");
    const after = await updateVersioned(tx, input.findingId, input.version, { deletedAt: null }, true);
    await recordAudit(tx, { actor: actorOf(viewer), action: "finding.restored", entityType: "finding", entityId: after.id, incidentId: after.incidentId, before, after });
    return after;
  });
}
