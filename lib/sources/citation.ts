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

/** The kit's input check (`checkInput`) for items that cite a source. */
export const citesSource = (tx: Prisma.TransactionClient, input: { incidentId: string; data: Record<string, unknown> }) =>
  requireCitableSource(tx, input.incidentId, input.data.sourceId);
