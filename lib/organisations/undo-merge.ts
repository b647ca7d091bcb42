import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail, refuseField } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { pointReferences, type MergeRecord } from "./merge-organizations";
import { aliasesAfterUndo, refuseUndo } from "./merge-rules";

type Tx = Prisma.TransactionClient;

const ids = z.array(z.string());
/** The merge row's `after`, read back from the database: checked, since JSON promises nothing. */
const mergeRecordSchema = z.object({
  duplicateId: z.string(),
  survivorId: z.string(),
  moved: z.object({ investigated: ids, authority: ids, recipients: ids, statements: ids, figures: ids, sanctions: ids }),
  retiredRecipientIds: ids,
  aliasesAdded: z.object({ aliases: ids, aliasesKo: ids }),
  movedCounts: z.record(z.string(), z.number()),
}) satisfies z.ZodType<MergeRecord>;

const ORG_FIELDS = { id: true, name: true, nameKo: true, aliases: true, aliasesKo: true, mergedIntoId: true } as const;

async function loadMerge(tx: Tx, auditId: bigint): Promise<MergeRecord> {
  const row = await tx.auditEvent.findFirst({ where: { id: auditId, action: "organization.merged" }, select: { after: true } });
  if (!row) return fail("not_found", "No such merge.");
  const record = mergeRecordSchema.safeParse(row.after);
  if (!record.success) throw new Error(`The merge audit row ${auditId} does not hold a merge record.`);
  return record.data;
}

/** Whether an organization.merge_undone row already names this merge. */
async function alreadyUndone(tx: Tx, auditId: string): Promise<boolean> {
  const undone = await tx.auditEvent.findFirst({ where: { action: "organization.merge_undone", after: { path: ["mergeAuditId"], equals: auditId } }, select: { id: true } });
  return undone !== null;
}

/**
 * Undoes a merge from its audit row: exactly the references it moved go back to the duplicate
 * (those still naming the survivor), retired recipient rows come back live, the aliases the
 * merge added leave the survivor, and the duplicate is an organisation of its own again. One
 * organization.merge_undone row names the merge, so it cannot be undone twice.
 */
export async function undoMerge(viewer: Viewer, input: { auditId: string }): Promise<{ duplicateId: string; survivorId: string }> {
  assertCan(viewer, "organization.merge");
  return prisma.$transaction(async (tx) => {
    const record = await loadMerge(tx, BigInt(input.auditId));
    const pair = [record.duplicateId, record.survivorId].sort();
    await tx.$queryRaw`SELECT id FROM organizations WHERE id = ANY(${pair}) ORDER BY id FOR UPDATE`;
    const [duplicate, survivor] = await Promise.all([
      tx.organization.findUniqueOrThrow({ where: { id: record.duplicateId }, select: ORG_FIELDS }),
      tx.organization.findUniqueOrThrow({ where: { id: record.survivorId }, select: ORG_FIELDS }),
    ]);
    const refusal = refuseUndo({ undone: await alreadyUndone(tx, input.auditId), duplicate, survivor });
    if (refusal) refuseField("auditId", refusal);

    await pointReferences(tx, record.moved, { from: survivor.id, to: duplicate.id });
    if (record.retiredRecipientIds.length > 0) {
      await tx.incidentRecipient.updateMany({
        where: { id: { in: record.retiredRecipientIds }, organizationId: survivor.id },
        data: { organizationId: duplicate.id, deletedAt: null, version: { increment: 1 } },
      });
    }
    const aliases = aliasesAfterUndo(survivor, record.aliasesAdded);
    await tx.organization.update({ where: { id: survivor.id }, data: { ...aliases, version: { increment: 1 } } });
    await tx.organization.update({ where: { id: duplicate.id }, data: { mergedIntoId: null, mergedAt: null, version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "organization.merge_undone",
      entityType: "organization",
      entityId: duplicate.id,
      after: { mergeAuditId: input.auditId, duplicateId: duplicate.id, survivorId: survivor.id, movedCounts: record.movedCounts },
    });
    return { duplicateId: duplicate.id, survivorId: survivor.id };
  });
}
