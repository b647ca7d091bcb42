import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import type { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { PopulationEstimate } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { requireCaseAction } from "@/lib/cases/case-guard";
import { versionedItems } from "@/lib/cases/versioned-items";
import { requireCitableSource } from "@/lib/sources/citation";
import { revisionTotal } from "./revision";
import { createEstimateSchema, estimateRefSchema, reviseEstimateSchema } from "./schema";

type RevisionInput = Omit<z.output<typeof reviseEstimateSchema>, "estimateId" | "version">;

const estimates = versionedItems<PopulationEstimate>({ model: "populationEstimate", entityType: "estimate", noun: "estimate", section: "estimates" });

function revisionData(input: RevisionInput, createdById: string) {
  const total = revisionTotal(input);
  return { ...input, sourceId: input.sourceId ?? null, total: total ?? 0n, createdById };
}

/** An estimate is created with its first revision, which holds the figures. */
export async function createEstimate(viewer: Viewer, input: z.output<typeof createEstimateSchema>) {
  return prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, input.incidentId, estimates.editPermission);
    await requireCitableSource(tx, input.incidentId, input.sourceId);
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
    const estimate = await estimates.loadLive(tx, input.estimateId);
    await requireCaseAction(tx, viewer, estimate.incidentId, estimates.editPermission);
    await requireCitableSource(tx, estimate.incidentId, input.sourceId);
    const latestRevision = () => tx.estimateRevision.findFirst({ where: { estimateId: estimate.id }, orderBy: { revision: "desc" } });
    // A revision changes no field of the estimate itself: the version guards against two revisions from the same figures.
    await estimates.saveVersioned(tx, { id: estimate.id, version: input.version, data: {}, describeStored: async (stored) => ({ ...(await latestRevision()), version: stored.version }) });
    const latest = await latestRevision();
    const { estimateId, version, ...revision } = input;
    const created = await tx.estimateRevision.create({ data: { estimateId, revision: (latest?.revision ?? 0) + 1, ...revisionData(revision, viewer.id) } });
    await recordAudit(tx, { actor: actorOf(viewer), action: "estimate.revised", entityType: "estimate", entityId: estimateId, incidentId: estimate.incidentId, before: latest, after: created });
    return created;
  });
}


export const estimateActions = {
  create: defineAction(createEstimateSchema, createEstimate),
  revise: defineAction(reviseEstimateSchema, reviseEstimate),
  ...estimates.deleteActions("estimateId", estimateRefSchema),
};
