import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { approverIds } from "./approvers";
import { notify } from "./notify";

type Tx = Prisma.TransactionClient;

/** A workflow step or a new public summary: each waits and is decided on its own tab. */
export type ProposalSubject = "workflow" | "publication";

const TAB: Record<ProposalSubject, string> = { workflow: "workflow", publication: "publish" };
const DECIDER: Record<ProposalSubject, "workflow.decide" | "publication.approve"> = { workflow: "workflow.decide", publication: "publication.approve" };

async function tabPath(tx: Tx, incidentId: string, subject: ProposalSubject): Promise<string> {
  const { slug } = await tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { slug: true } });
  return `/workspace/cases/${slug}/${TAB[subject]}`;
}

/** Tells everyone who may approve the new proposal (never its proposer) that it waits for them. */
export async function notifyProposalWaiting(tx: Tx, options: { incidentId: string; subject: ProposalSubject; proposerId: string }): Promise<number> {
  const recipientIds = await approverIds(tx, { incidentId: options.incidentId, action: DECIDER[options.subject], proposerId: options.proposerId });
  return notify(tx, {
    kind: "proposal_waiting",
    recipientIds,
    actorId: options.proposerId,
    incidentId: options.incidentId,
    path: await tabPath(tx, options.incidentId, options.subject),
    params: { subject: options.subject },
  });
}

/** Tells the proposer that their proposal was approved or rejected, and by whom. */
export async function notifyProposalDecided(tx: Tx, options: { incidentId: string; subject: ProposalSubject; proposerId: string | null; deciderId: string; outcome: "approved" | "rejected" }): Promise<number> {
  if (!options.proposerId) return 0;
  return notify(tx, {
    kind: "proposal_decided",
    recipientIds: [options.proposerId],
    actorId: options.deciderId,
    incidentId: options.incidentId,
    path: await tabPath(tx, options.incidentId, options.subject),
    params: { subject: options.subject, outcome: options.outcome },
  });
}
