import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail, refuseField } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { aliasesAfterMerge, refuseMerge, splitRecipients, type Aliases } from "./merge-rules";

type Tx = Prisma.TransactionClient;

/** Every reference a merge moved, by role (ids of the rows that now name the survivor). */
export interface MergeMoves {
  investigated: string[];
  authority: string[];
  recipients: string[];
  statements: string[];
  figures: string[];
  sanctions: string[];
}

/** What the organization.merged audit row's `after` holds: exactly what the undo puts back. */
export interface MergeRecord {
  duplicateId: string;
  survivorId: string;
  moved: MergeMoves;
  /** Recipient rows of a case that already listed the survivor: moved and deleted softly. */
  retiredRecipientIds: string[];
  aliasesAdded: Aliases;
  movedCounts: Record<keyof MergeMoves | "retiredRecipients", number>;
}

export type MergePreview = MergeRecord["movedCounts"];

const ORG_FIELDS = { id: true, slug: true, name: true, nameKo: true, aliases: true, aliasesKo: true, mergedIntoId: true, version: true } as const;

/** Both organisations, locked in id order (two merges of the same pair never deadlock), or a refusal. */
async function loadPair(tx: Tx, input: { duplicateId: string; survivorId: string }) {
  const ids = [...new Set([input.duplicateId, input.survivorId])].sort();
  await tx.$queryRaw`SELECT id FROM organizations WHERE id = ANY(${ids}) ORDER BY id FOR UPDATE`;
  const rows = await tx.organization.findMany({ where: { id: { in: ids } }, select: ORG_FIELDS });
  const duplicate = rows.find((r) => r.id === input.duplicateId) ?? refuseField("duplicateId", "validation.organization.missing");
  const survivor = rows.find((r) => r.id === input.survivorId) ?? refuseField("survivorId", "validation.organization.missing");
  const refusal = refuseMerge(duplicate, survivor);
  if (refusal) refuseField(refusal === "validation.organization.mergedAway" ? "duplicateId" : "survivorId", refusal);
  return { duplicate, survivor };
}

/** What a merge of `duplicateId` into `survivorId` would move, computed inside `tx`. */
async function planMerge(tx: Tx, duplicateId: string, survivorId: string) {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const [investigated, authority, recipientRows, survivorLive, statements, figures, sanctions] = await Promise.all([
    tx.incident.findMany({ where: { investigatedOrgId: duplicateId }, select: { id: true }, orderBy: { id: "asc" } }),
    tx.incident.findMany({ where: { authorityId: duplicateId }, select: { id: true }, orderBy: { id: "asc" } }),
    tx.incidentRecipient.findMany({ where: { organizationId: duplicateId }, select: { id: true, incidentId: true, deletedAt: true } }),
    tx.incidentRecipient.findMany({ where: { organizationId: survivorId, deletedAt: null }, select: { incidentId: true } }),
    tx.statement.findMany({ where: { organizationId: duplicateId }, select: { id: true }, orderBy: { id: "asc" } }),
    tx.incidentFigure.findMany({ where: { organizationId: duplicateId }, select: { id: true }, orderBy: { id: "asc" } }),
    tx.sanction.findMany({ where: { subjectOrgId: duplicateId }, select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  const recipients = splitRecipients({ duplicate: recipientRows, survivorLiveCases: new Set(survivorLive.map((r) => r.incidentId)) });
  const moved: MergeMoves = {
    investigated: ids(investigated),
    authority: ids(authority),
    recipients: recipients.move,
    statements: ids(statements),
    figures: ids(figures),
    sanctions: ids(sanctions),
  };
  const movedCounts = {
    investigated: moved.investigated.length,
    authority: moved.authority.length,
    recipients: moved.recipients.length,
    retiredRecipients: recipients.retire.length,
    statements: moved.statements.length,
    figures: moved.figures.length,
    sanctions: moved.sanctions.length,
  };
  return { moved, retiredRecipientIds: recipients.retire, movedCounts };
}

/**
 * Points every row in `moves` at `to`, bumping each row's version so an edit opened before the
 * move meets a conflict instead of quietly naming the old organisation again.
 */
export async function pointReferences(tx: Tx, moves: MergeMoves, direction: { from: string; to: string }): Promise<void> {
  const { from, to } = direction;
  const bump = { version: { increment: 1 } };
  // Only rows that still name `from`: an undo leaves alone a reference someone has changed since.
  await tx.incident.updateMany({ where: { id: { in: moves.investigated }, investigatedOrgId: from }, data: { investigatedOrgId: to, ...bump } });
  await tx.incident.updateMany({ where: { id: { in: moves.authority }, authorityId: from }, data: { authorityId: to, ...bump } });
  await tx.incidentRecipient.updateMany({ where: { id: { in: moves.recipients }, organizationId: from }, data: { organizationId: to, ...bump } });
  await tx.statement.updateMany({ where: { id: { in: moves.statements }, organizationId: from }, data: { organizationId: to, ...bump } });
  await tx.incidentFigure.updateMany({ where: { id: { in: moves.figures }, organizationId: from }, data: { organizationId: to, ...bump } });
  await tx.sanction.updateMany({ where: { id: { in: moves.sanctions }, subjectOrgId: from }, data: { subjectOrgId: to, ...bump } });
}

/** The counts per role a merge would move, for the confirmation step. Writes nothing. */
export async function previewMerge(viewer: Viewer, input: { duplicateId: string; survivorId: string }): Promise<MergePreview> {
  assertCan(viewer, "organization.merge");
  return prisma.$transaction(async (tx) => {
    await loadPair(tx, input);
    return (await planMerge(tx, input.duplicateId, input.survivorId)).movedCounts;
  });
}

/**
 * Merges the duplicate into the survivor in one transaction: every reference moves, the
 * duplicate's names and aliases become the survivor's aliases, the duplicate is marked merged,
 * and one organization.merged row records exactly what moved.
 */
export async function mergeOrganizations(viewer: Viewer, input: { duplicateId: string; survivorId: string }): Promise<MergeRecord & { auditId: string }> {
  assertCan(viewer, "organization.merge");
  return prisma.$transaction(async (tx) => {
    const { duplicate, survivor } = await loadPair(tx, input);
    const plan = await planMerge(tx, duplicate.id, survivor.id);
    await pointReferences(tx, plan.moved, { from: duplicate.id, to: survivor.id });
    const now = new Date();
    if (plan.retiredRecipientIds.length > 0) {
      await tx.incidentRecipient.updateMany({ where: { id: { in: plan.retiredRecipientIds } }, data: { organizationId: survivor.id, deletedAt: now, version: { increment: 1 } } });
    }
    const aliases = aliasesAfterMerge(survivor, duplicate);
    await tx.organization.update({ where: { id: survivor.id }, data: { aliases: aliases.aliases, aliasesKo: aliases.aliasesKo, version: { increment: 1 } } });
    const merged = await tx.organization.updateMany({ where: { id: duplicate.id, mergedIntoId: null }, data: { mergedIntoId: survivor.id, mergedAt: now, version: { increment: 1 } } });
    if (merged.count !== 1) fail("conflict", "This organisation was merged meanwhile.");
    const record: MergeRecord = { duplicateId: duplicate.id, survivorId: survivor.id, ...plan, aliasesAdded: aliases.added };
    const auditId = await recordAudit(tx, { actor: actorOf(viewer), action: "organization.merged", entityType: "organization", entityId: duplicate.id, after: { ...record } });
    return { ...record, auditId: auditId.toString() };
  });
}
