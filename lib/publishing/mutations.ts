import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { prisma } from "@/lib/db/prisma";
import { forgetPublicReads } from "./public-read-cache";
import { Prisma } from "@/lib/generated/prisma/client";
import { ActionError, fail } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { requireCaseAction } from "@/lib/cases/case-guard";
import type { z } from "zod";
import { buildSnapshot } from "./build-snapshot";
import { decidePublicationSchema, proposePublicationSchema, rejectPublicationSchema, unpublishSchema } from "./schema";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { notifyProposalDecided, notifyProposalWaiting } from "@/lib/notifications/notify-proposal";
import { notifyPublicChange } from "@/lib/cluster/public-change";
import { hasReplica, primaryWalLsn, requireReplicaAt } from "@/lib/db/read-routing";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

type Out<S extends z.ZodType> = z.output<S>;

/**
 * Proposes a new version of the case's public summary. The snapshot is taken now, so the second
 * regulator approves exactly what they are shown, whatever changes in the case meanwhile.
 */
export async function proposePublication(viewer: Viewer, input: Out<typeof proposePublicationSchema>) {
  return prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, input.incidentId, "publication.propose");
    const released = await tx.publicationVersion.count({ where: { incidentId: input.incidentId, status: { in: ["published", "unpublished"] } } });
    if (released > 0 && !input.correctionNote) {
      fail("invalid", "Say what changed since the last published version.", { correctionNote: ["Say what changed since the last published version."] });
    }
    if (input.publishAt && input.publishAt.getTime() < Date.now() - 60_000) {
      fail("invalid", "An embargo must end in the future.", { publishAt: ["An embargo must end in the future."] });
    }
    const snapshot = await buildSnapshot(tx, input.incidentId, input.selection);
    const last = await tx.publicationVersion.aggregate({ where: { incidentId: input.incidentId }, _max: { number: true } });
    try {
      const version = await tx.publicationVersion.create({
        data: {
          incidentId: input.incidentId,
          number: (last._max.number ?? 0) + 1,
          status: "proposed",
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          correctionNote: input.correctionNote,
          publishAt: input.publishAt,
          proposedById: viewer.id,
        },
      });
      await recordAudit(tx, {
        actor: actorOf(viewer),
        action: "publication.proposed",
        entityType: "publication_version",
        entityId: version.id,
        incidentId: input.incidentId,
        after: { number: version.number, correctionNote: version.correctionNote, publishAt: version.publishAt, selection: input.selection },
      });
      await notifyProposalWaiting(tx, { incidentId: input.incidentId, subject: "publication", proposerId: viewer.id });
      await emitWebhookEvent(tx, { type: "proposal.waiting", incidentId: input.incidentId, facts: { subject: "publication", version: version.number } });
      return { id: version.id, number: version.number };
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ActionError("conflict", "Another version of this summary is already waiting for approval.");
      }
      throw error;
    }
  });
}

async function loadProposed(tx: Prisma.TransactionClient, viewer: Viewer, versionId: string) {
  const version = await tx.publicationVersion.findUnique({ where: { id: versionId } });
  if (!version) return fail("not_found", "No such version.");
  await requireCaseAction(tx, viewer, version.incidentId, "publication.approve");
  if (version.status !== "proposed") throw new ActionError("conflict", "This version was already approved or rejected.");
  if (version.proposedById === viewer.id) fail("forbidden", "You proposed this version. A different regulator must approve or reject it.");
  return version;
}

async function closeProposed(tx: Prisma.TransactionClient, versionId: string, data: Prisma.PublicationVersionUncheckedUpdateManyInput) {
  const { count } = await tx.publicationVersion.updateMany({ where: { id: versionId, status: "proposed" }, data });
  if (count === 0) throw new ActionError("conflict", "This version was already approved or rejected.");
}

/** A second regulator approves: the version goes out now, or when its embargo ends. */
export async function approvePublication(viewer: Viewer, input: Out<typeof decidePublicationSchema>) {
  return afterCommit(prisma.$transaction(async (tx) => {
    const version = await loadProposed(tx, viewer, input.versionId);
    const now = new Date();
    const publishedAt = version.publishAt && version.publishAt > now ? version.publishAt : now;
    await closeProposed(tx, version.id, { status: "published", decidedById: viewer.id, decidedAt: now, publishedAt });
    await tx.incident.update({ where: { id: version.incidentId }, data: { visibility: "public" } });
    await notifyPublicChange(tx, { kind: "published", incidentId: version.incidentId });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "publication.approved",
      entityType: "publication_version",
      entityId: version.id,
      incidentId: version.incidentId,
      before: { status: "proposed" },
      after: { status: "published", number: version.number, publishedAt, note: input.note ?? null },
    });
    await notifyProposalDecided(tx, { incidentId: version.incidentId, subject: "publication", proposerId: version.proposedById, deciderId: viewer.id, outcome: "approved" });
    await emitWebhookEvent(tx, { type: "publication.published", incidentId: version.incidentId, facts: { version: version.number, publishedAt: publishedAt.toISOString() } });
    return { number: version.number, publishedAt };
  }));
}

export async function rejectPublication(viewer: Viewer, input: Out<typeof rejectPublicationSchema>) {
  return prisma.$transaction(async (tx) => {
    const version = await loadProposed(tx, viewer, input.versionId);
    await closeProposed(tx, version.id, { status: "rejected", decidedById: viewer.id, decidedAt: new Date() });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "publication.rejected",
      entityType: "publication_version",
      entityId: version.id,
      incidentId: version.incidentId,
      before: { status: "proposed" },
      after: { status: "rejected", number: version.number, note: input.note },
    });
    await notifyProposalDecided(tx, { incidentId: version.incidentId, subject: "publication", proposerId: version.proposedById, deciderId: viewer.id, outcome: "rejected" });
    return { number: version.number };
  });
}

/** Takes the summary down at once (no second approval: removing is never the risky direction). */
export async function unpublishCase(viewer: Viewer, input: Out<typeof unpublishSchema>) {
  return afterCommit(prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, input.incidentId, "publication.approve");
    const current = await tx.publicationVersion.findFirst({ where: { incidentId: input.incidentId, status: "published" }, orderBy: { number: "desc" } });
    if (!current) fail("invalid", "This case has no published summary.");
    const now = new Date();
    await tx.publicationVersion.updateMany({ where: { incidentId: input.incidentId, status: "published" }, data: { status: "unpublished", unpublishedAt: now } });
    await tx.incident.update({ where: { id: input.incidentId }, data: { visibility: "internal" } });
    await notifyPublicChange(tx, { kind: "unpublished", incidentId: input.incidentId });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "publication.unpublished",
      entityType: "incident",
      entityId: input.incidentId,
      incidentId: input.incidentId,
      before: { visibility: "public", version: current?.number ?? null },
      after: { visibility: "internal", reason: input.reason },
    });
    await emitWebhookEvent(tx, { type: "publication.taken_down", incidentId: input.incidentId, facts: { version: current?.number ?? null } });
    return { unpublishedAt: now };
  }));
}

/**
 * What is public changed: public reads in this process see it at once. With a replica, the
 * barrier goes up first (the listener raises it too, a moment later), so no read in between can
 * re-cache the old version from a replica that has not replayed the change.
 */
async function afterCommit<T>(committed: Promise<T>): Promise<T> {
  const result = await committed;
  if (hasReplica()) requireReplicaAt(await primaryWalLsn());
  forgetPublicReads();
  return result;
}

/** Each publishing mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const publishingActions = {
  propose: defineAction(proposePublicationSchema, proposePublication),
  approve: defineAction(decidePublicationSchema, approvePublication),
  reject: defineAction(rejectPublicationSchema, rejectPublication),
  unpublish: defineAction(unpublishSchema, unpublishCase),
};
