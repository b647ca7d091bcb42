import "server-only";
// A finding's free-text evidence references (the former `Finding.evidenceRefs` column) are
// evidence links without a file. The finding form still edits them as lines; saving the finding
// replaces its label links, in order, inside the finding's transaction (the kit's `links`), and
// the finding's audit row lists them as `evidenceRefs`. Files linked to the finding are not touched.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LinkKind } from "@/lib/cases/versioned-items";

type Tx = Prisma.TransactionClient;

const labelLinks = (findingId: string) => ({ findingId, fileId: null, deletedAt: null });

/** The finding's references, in order. */
async function readFindingReferences(tx: Tx, findingId: string): Promise<string[]> {
  const rows = await tx.evidenceLink.findMany({ where: labelLinks(findingId), orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { label: true } });
  return rows.map((row) => row.label ?? "");
}

/** Replaces the finding's references with `labels`, in that order. */
async function writeFindingReferences(tx: Tx, findingId: string, labels: readonly string[]): Promise<string[]> {
  const { incidentId } = await tx.finding.findUniqueOrThrow({ where: { id: findingId }, select: { incidentId: true } });
  // Replaced, not kept as deleted rows: they are part of the finding, whose audit rows keep every earlier list.
  await tx.evidenceLink.deleteMany({ where: { findingId, fileId: null } });
  await tx.evidenceLink.createMany({ data: labels.map((label, position) => ({ incidentId, findingId, label, position })) });
  return [...labels];
}

/** The kit's `links` entry for a finding's references (lib/cases/versioned-items.ts). */
export const findingReferenceLinks: LinkKind = {
  field: "evidenceRefs",
  auditKey: "evidenceRefs",
  write: (tx, findingId, value) => writeFindingReferences(tx, findingId, value as string[]),
  read: readFindingReferences,
};
