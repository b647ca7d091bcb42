import "server-only";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { actorOf, conflictError, requireCaseAction } from "@/lib/cases/case-guard";
import { revisionTotal } from "./revision";
import type { createEstimateSchema, estimateRefSchema, reviseEstimateSchema } from "./schema";

type RevisionInput = Omit<z.output<typeof reviseEstimateSchema>, "estimateId" | "version">;

async function checkSource(tx: Prisma.TransactionClient, incidentId: string, sourceId: string | null | undefined) {
  if (sourceId && !(await tx.source.findFirst({ where: { id: sourceId, incidentId }, select: { id: true } }))) {
    fail("invalid", "That source does not belong to this case.", { sourceId: ["That source does not belong to this case."] });
  }
}

function revisionData(input: RevisionInput, createdById: string) {
  const total = revisionTotal(input);
  return { ...input, sourceId: input.sourceId ?? null, total: total ?? 0n, createdById };
}

export async function createEstimate(viewer: Viewer, input: z.output<typeof createEstimateSchema>) {
  return prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, input.incidentId, "estimate.edit");
    await checkSource(tx, input.incidentId, input.sourceId);
    const { incidentId, label, ...revision } = input;
    const estimate = await tx.populationEstimate.create({
      data: { incidentId, label, revisions: { create: { revision: 1, ...revisionData(revision, viewer.id) } } },
      include: { revisions: true },
    });
    await recordAudit(tx, { actor: actorOf(viewer), action: "estimate.created", entityType: "estimate", entityId: estimate.id, incidentId, after: { label, ...estimate.revisions[0] } });
    return estimate;
  });
}

/** Editing an estimate adds a revision; earlier ones stay as they were. */
export async function reviseEstimate(viewer: Viewer, input: z.output<typeof reviseEstimateSchema>) {
  return prisma.$transaction(async (tx) => {
    const estimate = (await tx.populationEstimate.findFirst({ where: { id: input.estimateId, deletedAt: null } })) ?? fail("not_found", "No such estimate.");
    await requireCaseAction(tx, viewer, estimate.incidentId, "estimate.edit");
    await checkSource(tx, estimate.incidentId, input.sourceId);
    const { count } = await tx.populationEstimate.updateMany({ where: { id: estimate.id, version: input.version, deletedAt: null }, data: { version: { increment: 1 } } });
    const latest = await tx.estimateRevision.findFirst({ where: { estimateId: estimate.id }, orderBy: { revision: "desc" } });
    if (count === 0) throw await conflictError(tx, "estimate", estimate.id, { ...latest, version: (await tx.populationEstimate.findUniqueOrThrow({ where: { id: estimate.id } })).version });
    const { estimateId, version, ...revision } = input;
    const created = await tx.estimateRevision.create({ data: { estimateId, revision: (latest?.revision ?? 0) + 1, ...revisionData(revision, viewer.id) } });
    await recordAudit(tx, { actor: actorOf(viewer), action: "estimate.revised", entityType: "estimate", entityId: estimateId, incidentId: estimate.incidentId, before: latest, after: created });
    return created;
  });
}

async function setDeleted(viewer: Viewer, input: z.output<typeof estimateRefSchema>, deleted: boolean) {
  return prisma.$transaction(async (tx) => {
    const estimate = (await tx.populationEstimate.findFirst({ where: { id: input.estimateId, deletedAt: deleted ? null : { not: null } } })) ?? fail("not_found", "No such estimate.");
    await requireCaseAction(tx, viewer, estimate.incidentId, deleted ? "case.delete" : "case.restore");
    const { count } = await tx.populationEstimate.updateMany({
      where: { id: estimate.id, version: input.version },
      data: { deletedAt: deleted ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) throw await conflictError(tx, "estimate", estimate.id, await tx.populationEstimate.findUniqueOrThrow({ where: { id: estimate.id } }));
    const after = await tx.populationEstimate.findUniqueOrThrow({ where: { id: estimate.id } });
    await recordAudit(tx, { actor: actorOf(viewer), action: deleted ? "estimate.deleted" : "estimate.restored", entityType: "estimate", entityId: estimate.id, incidentId: estimate.incidentId, before: estimate, after });
    return after;
  });
}

export const deleteEstimate = (viewer: Viewer, input: z.output<typeof estimateRefSchema>) => setDeleted(viewer, input, true);
export const restoreEstimate = (viewer: Viewer, input: z.output<typeof estimateRefSchema>) => setDeleted(viewer, input, false);
