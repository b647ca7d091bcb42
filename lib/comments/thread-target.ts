// Where a comment thread lives: the case itself or one of its items. Checked inside the comment's
// transaction: the item must belong to the case (and be live where items are deleted softly).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import type { CommentTargetKind } from "./schema";

type Tx = Prisma.TransactionClient;

/** The comment column for each kind of item (none for the case itself). */
export const TARGET_COLUMNS = {
  finding: "findingId",
  timeline_event: "timelineEventId",
  sanction: "sanctionId",
  transition_proposal: "transitionProposalId",
  publication_version: "publicationVersionId",
} as const satisfies Record<Exclude<CommentTargetKind, "case">, string>;

export type ThreadTarget = { kind: "case" } | { kind: Exclude<CommentTargetKind, "case">; id: string };

/** The thread's `where` on comments. */
export function threadWhere(incidentId: string, target: ThreadTarget): Prisma.CommentWhereInput {
  if (target.kind === "case") return { incidentId, findingId: null, timelineEventId: null, sanctionId: null, transitionProposalId: null, publicationVersionId: null };
  return { incidentId, [TARGET_COLUMNS[target.kind]]: target.id };
}

/** The page a thread is on, without the locale. */
export function threadPath(slug: string, target: ThreadTarget): string {
  const base = `/workspace/cases/${slug}`;
  switch (target.kind) {
    case "case":
      return base;
    case "finding":
      return `${base}/findings/${target.id}`;
    case "timeline_event":
      return `${base}/timeline/${target.id}`;
    case "sanction":
    case "transition_proposal":
      return `${base}/workflow`;
    case "publication_version":
      return `${base}/publish`;
  }
}

/**
 * Checks that the item is one of the case's (live) items and returns who wrote it, when that is
 * recorded (a finding's author, a sanction's creator, a proposal's proposer): they hear of replies.
 */
export async function requireThreadTarget(tx: Tx, incidentId: string, target: ThreadTarget): Promise<{ ownerId: string | null }> {
  if (target.kind === "case") return { ownerId: null };
  const where = { id: target.id, incidentId };
  const found =
    target.kind === "finding" ? await tx.finding.findFirst({ where: { ...where, deletedAt: null }, select: { authorId: true } }).then((r) => r && { ownerId: r.authorId })
    : target.kind === "timeline_event" ? await tx.timelineEvent.findFirst({ where: { ...where, deletedAt: null }, select: { id: true } }).then((r) => r && { ownerId: null })
    : target.kind === "sanction" ? await tx.sanction.findFirst({ where, select: { createdById: true } }).then((r) => r && { ownerId: r.createdById })
    : target.kind === "transition_proposal" ? await tx.transitionProposal.findFirst({ where, select: { proposedById: true } }).then((r) => r && { ownerId: r.proposedById })
    : await tx.publicationVersion.findFirst({ where, select: { proposedById: true } }).then((r) => r && { ownerId: r.proposedById });
  return found ?? fail("not_found", "No such item on this case.");
}

/** The thread a stored comment is in. */
export function targetOf(comment: Record<(typeof TARGET_COLUMNS)[keyof typeof TARGET_COLUMNS], string | null>): ThreadTarget {
  for (const [kind, column] of Object.entries(TARGET_COLUMNS) as [keyof typeof TARGET_COLUMNS, (typeof TARGET_COLUMNS)[keyof typeof TARGET_COLUMNS]][]) {
    const id = comment[column];
    if (id) return { kind, id };
  }
  return { kind: "case" };
}
