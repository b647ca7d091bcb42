// What a record may cite: one of its case's live sources. Every mutation that writes a `sourceId`
// (figures, estimate revisions, timeline events, statements, findings) asks here, inside its
// transaction, so the rule is stated once: another case's source, a deleted one, or an id that
// names nothing is refused as a field error on `sourceId`, and nothing is written.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import { validationKey } from "@/lib/validation/message-key";

export async function requireCitableSource(tx: Prisma.TransactionClient, incidentId: string, sourceId: unknown): Promise<void> {
  if (sourceId === null || sourceId === undefined) return;
  const found = typeof sourceId === "string" && (await tx.source.findFirst({ where: { id: sourceId, incidentId, deletedAt: null }, select: { id: true } }));
  if (!found) fail("invalid", "That source is not one of this case's sources.", { sourceId: [validationKey("citation.notThisCase")] });
}

/**
 * The kit's input check (`checkInput`) for items that cite a source. An edit may keep the citation
 * the item already has even if that source was deleted since: deleting a source must not make
 * the records that cite it impossible to correct (and restoring it brings the link back). A new
 * estimate revision is a new record, so it always cites anew.
 */
export const citesSource = (tx: Prisma.TransactionClient, input: { incidentId: string; data: Record<string, unknown>; before?: Record<string, unknown> }) =>
  input.before && input.data.sourceId === input.before.sourceId ? Promise.resolve() : requireCitableSource(tx, input.incidentId, input.data.sourceId);
