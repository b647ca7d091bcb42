import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { actorOf, conflictError, requireCaseAction } from "@/lib/cases/case-guard";
import type { categoryRefSchema, createCategorySchema, updateCategorySchema } from "./schema";

async function loadCategory(tx: Prisma.TransactionClient, categoryId: string, deleted = false) {
  return (await tx.dataCategory.findFirst({ where: { id: categoryId, deletedAt: deleted ? { not: null } : null } })) ?? fail("not_found", "No such data category.");
}

async function updateVersioned(tx: Prisma.TransactionClient, categoryId: string, version: number, data: Prisma.DataCategoryUpdateManyMutationInput, deleted = false) {
  const { count } = await tx.dataCategory.updateMany({ where: { id: categoryId, version, deletedAt: deleted ? { not: null } : null }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw await conflictError(tx, "data_category", categoryId, await tx.dataCategory.findUniqueOrThrow({ where: { id: categoryId } }));
  return tx.dataCategory.findUniqueOrThrow({ where: { id: categoryId } });
}

export async function createCategory(viewer: Viewer, input: z.output<typeof createCategorySchema>) {
  return prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, input.incidentId, "dataCategory.edit");
    const category = await tx.dataCategory.create({ data: input });
    await recordAudit(tx, { actor: actorOf(viewer), action: "data_category.created", entityType: "data_category", entityId: category.id, incidentId: category.incidentId, after: category });
    return category;
  });
}

export async function updateCategory(viewer: Viewer, input: z.output<typeof updateCategorySchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadCategory(tx, input.categoryId);
    await requireCaseAction(tx, viewer, before.incidentId, "dataCategory.edit");
    const { categoryId, version, ...fields } = input;
    const after = await updateVersioned(tx, categoryId, version, fields);
    await recordAudit(tx, { actor: actorOf(viewer), action: "data_category.updated", entityType: "data_category", entityId: categoryId, incidentId: after.incidentId, before, after });
    return after;
  });
}

export async function deleteCategory(viewer: Viewer, input: z.output<typeof categoryRefSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadCategory(tx, input.categoryId);
    await requireCaseAction(tx, viewer, before.incidentId, "case.delete");
    const after = await updateVersioned(tx, input.categoryId, input.version, { deletedAt: new Date() });
    await recordAudit(tx, { actor: actorOf(viewer), action: "data_category.deleted", entityType: "data_category", entityId: after.id, incidentId: after.incidentId, before, after });
    return after;
  });
}

export async function restoreCategory(viewer: Viewer, input: z.output<typeof categoryRefSchema>) {
  return prisma.$transaction(async (tx) => {
    const before = await loadCategory(tx, input.categoryId, true);
    await requireCaseAction(tx, viewer, before.incidentId, "case.restore");
    const after = await updateVersioned(tx, input.categoryId, input.version, { deletedAt: null }, true);
    await recordAudit(tx, { actor: actorOf(viewer), action: "data_category.restored", entityType: "data_category", entityId: after.id, incidentId: after.incidentId, before, after });
    return after;
  });
}
