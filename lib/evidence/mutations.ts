// Handling an evidence file after upload, each change with its custody row in the same
// transaction: sensitivity, links to the case's records, deletion and restore, and the record of
// each time someone opened or downloaded it. Definitions (defineAction) that tests drive
// directly; the "use server" wrappers are in ./actions.ts.
import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { ActionError, fail } from "@/lib/actions/result";
import type { Action, Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { requireCaseAction } from "@/lib/cases/case-guard";
import { conflictError, versionedItems } from "@/lib/cases/versioned-items";
import { prisma } from "@/lib/db/prisma";
import type { EvidenceFile, Prisma } from "@/lib/generated/prisma/client";
import type { Sensitivity } from "@/lib/generated/prisma/enums";
import { evidenceStore } from "./evidence-store";
import { linkTargetOf, targetColumns } from "./link-targets";
import { changeSensitivitySchema, evidenceRefSchema, linkEvidenceSchema, unlinkEvidenceSchema, updateEvidenceSchema, type EvidenceTarget, type UpdateEvidenceInput } from "./schema";
import { verifyEvidence } from "./verify-evidence";

type Tx = Prisma.TransactionClient;

/** The file, and the permission checked on its case, inside the transaction. */
async function fileFor(tx: Tx, options: { viewer: Viewer; fileId: string; action: Action; deleted?: boolean; incidentId?: string }) {
  const file = await tx.evidenceFile.findFirst({ where: { id: options.fileId, incidentId: options.incidentId, deletedAt: options.deleted ? { not: null } : null } });
  if (!file) return fail("not_found", "No such file.");
  await requireCaseAction(tx, options.viewer, file.incidentId, options.action);
  return file;
}

/** True when a live link ties the file to a confirmed, live finding: such a file is kept, and only superseded. */
async function supportsConfirmedFinding(tx: Tx, fileId: string): Promise<boolean> {
  const link = await tx.evidenceLink.findFirst({ where: { fileId, deletedAt: null, finding: { status: "confirmed", deletedAt: null } }, select: { id: true } });
  return link !== null;
}

async function deleteEvidence(viewer: Viewer, fileId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const file = await fileFor(tx, { viewer, fileId, action: "evidence.delete" });
    if (await supportsConfirmedFinding(tx, file.id)) {
      throw new ActionError("invalid", "This file supports a confirmed finding, so it cannot be deleted. Upload a new version instead.", { file: ["evidence.errors.linkedToConfirmed"] });
    }
    // Soft: the bytes stay in the store (restore, verify); the record leaves the lists.
    const deletedAt = new Date();
    await tx.evidenceFile.update({ where: { id: file.id }, data: { deletedAt, version: { increment: 1 } } });
    await recordAudit(tx, { actor: actorOf(viewer), action: "evidence.deleted", entityType: "evidence_file", entityId: file.id, incidentId: file.incidentId, before: { deletedAt: null }, after: { deletedAt } });
  });
}

async function restoreEvidence(viewer: Viewer, fileId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const file = await fileFor(tx, { viewer, fileId, action: "evidence.restore", deleted: true });
    await tx.evidenceFile.update({ where: { id: file.id }, data: { deletedAt: null, version: { increment: 1 } } });
    await recordAudit(tx, { actor: actorOf(viewer), action: "evidence.restored", entityType: "evidence_file", entityId: file.id, incidentId: file.incidentId, before: { deletedAt: file.deletedAt }, after: { deletedAt: null } });
  });
}

async function changeEvidenceSensitivity(viewer: Viewer, input: { fileId: string; version: number; sensitivity: Sensitivity }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const file = await fileFor(tx, { viewer, fileId: input.fileId, action: "evidence.edit" });
    if (file.sensitivity === input.sensitivity) return;
    const updated = await tx.evidenceFile.updateMany({ where: { id: file.id, version: input.version }, data: { sensitivity: input.sensitivity, version: { increment: 1 } } });
    if (updated.count === 0) throw await conflictError(tx, "evidence_file", file.id, { sensitivity: file.sensitivity });
    await recordAudit(tx, { actor: actorOf(viewer), action: "evidence.sensitivity_changed", entityType: "evidence_file", entityId: file.id, incidentId: file.incidentId, before: { sensitivity: file.sensitivity }, after: { sensitivity: input.sensitivity } });
  });
}

/** The target must be a live record of the file's own case. */
async function requireTarget(tx: Tx, options: { target: EvidenceTarget; targetId: string; incidentId: string }): Promise<void> {
  const where = { id: options.targetId, incidentId: options.incidentId, deletedAt: null };
  const select = { id: true } as const;
  const found =
    options.target === "finding" ? await tx.finding.findFirst({ where, select })
    : options.target === "timeline_event" ? await tx.timelineEvent.findFirst({ where, select })
    : options.target === "source" ? await tx.source.findFirst({ where, select })
    : await tx.statement.findFirst({ where, select });
  if (!found) fail("invalid", "Link the file to a record of the same case.", { targetId: ["evidence.errors.invalidMetadata"] });
}

async function linkEvidence(viewer: Viewer, input: { fileId: string; target: EvidenceTarget; targetId: string; locator: string | null }): Promise<{ linkId: string }> {
  return prisma.$transaction(async (tx) => {
    const file = await fileFor(tx, { viewer, fileId: input.fileId, action: "evidence.edit" });
    await requireTarget(tx, { target: input.target, targetId: input.targetId, incidentId: file.incidentId });
    const columns = targetColumns(input.target, input.targetId);
    const position = await tx.evidenceLink.count({ where: { ...columns, deletedAt: null } });
    const link = await tx.evidenceLink.create({ data: { incidentId: file.incidentId, fileId: file.id, ...columns, locator: input.locator, position } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "evidence.linked",
      entityType: "evidence_file",
      entityId: file.id,
      incidentId: file.incidentId,
      after: { linkId: link.id, target: input.target, targetId: input.targetId, locator: input.locator },
    });
    return { linkId: link.id };
  });
}

async function unlinkEvidence(viewer: Viewer, linkId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const link = await tx.evidenceLink.findFirst({ where: { id: linkId, deletedAt: null, fileId: { not: null } } });
    if (!link?.fileId) return fail("not_found", "No such link.");
    const file = await fileFor(tx, { viewer, fileId: link.fileId, action: "evidence.edit" });
    await tx.evidenceLink.update({ where: { id: link.id }, data: { deletedAt: new Date() } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "evidence.unlinked",
      entityType: "evidence_file",
      entityId: file.id,
      incidentId: file.incidentId,
      before: { linkId: link.id, ...linkTargetOf(link), locator: link.locator },
    });
  });
}

/** Someone was shown the file (preview) or given its bytes (download): a custody event, written before the bytes go out. */
export async function recordEvidenceAccess(viewer: Viewer, options: { fileId: string; how: "viewed" | "downloaded"; incidentId?: string }) {
  return prisma.$transaction(async (tx) => {
    const file = await fileFor(tx, { viewer, fileId: options.fileId, action: "evidence.download", incidentId: options.incidentId });
    await recordAudit(tx, { actor: actorOf(viewer), action: options.how === "viewed" ? "evidence.viewed" : "evidence.downloaded", entityType: "evidence_file", entityId: file.id, incidentId: file.incidentId, after: { sha256: file.sha256 } });
    return file;
  });
}

// The record's words and dates are saved through the kit (version check, conflict answer naming
// who saved first); deletion keeps its own rules above (a file behind a confirmed finding stays).
// The audit row is written here: the custody log's verbs are "evidence.*", while the kit would
// name them after the entity type ("evidence_file.updated").
const evidenceRecords = versionedItems<EvidenceFile>({ model: "evidenceFile", entityType: "evidence_file", noun: "file", section: "evidence" });

async function updateEvidence(viewer: Viewer, input: UpdateEvidenceInput): Promise<{ id: string; version: number }> {
  const { fileId, version, ...data } = input;
  return prisma.$transaction(async (tx) => {
    const before = await evidenceRecords.loadLive(tx, fileId);
    await requireCaseAction(tx, viewer, before.incidentId, evidenceRecords.editPermission);
    const after = await evidenceRecords.saveVersioned(tx, { id: fileId, version, data });
    // Before and after are reduced to the fields that changed (audit-row.ts).
    await recordAudit(tx, { actor: actorOf(viewer), action: "evidence.updated", entityType: "evidence_file", entityId: fileId, incidentId: before.incidentId, before, after });
    return { id: after.id, version: after.version };
  });
}

export const evidenceActions = {
  delete: defineAction(evidenceRefSchema, async (viewer, { fileId }) => deleteEvidence(viewer, fileId)),
  restore: defineAction(evidenceRefSchema, async (viewer, { fileId }) => restoreEvidence(viewer, fileId)),
  changeSensitivity: defineAction(changeSensitivitySchema, async (viewer, input) => changeEvidenceSensitivity(viewer, input)),
  link: defineAction(linkEvidenceSchema, async (viewer, input) => linkEvidence(viewer, input)),
  unlink: defineAction(unlinkEvidenceSchema, async (viewer, { linkId }) => unlinkEvidence(viewer, linkId)),
  update: defineAction(updateEvidenceSchema, async (viewer, input) => updateEvidence(viewer, input)),
  /** Re-hash the stored bytes now (verify-evidence.ts): "ok", "changed" or "missing", recorded either way. */
  verify: defineAction(evidenceRefSchema, async (viewer, { fileId }) => verifyEvidence({ store: evidenceStore(), viewer, fileId })),
};
