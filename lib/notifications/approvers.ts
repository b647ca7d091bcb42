import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Action } from "@/lib/auth/permissions";
import { casePeople } from "@/lib/cases/case-people";

type Tx = Prisma.TransactionClient;

/**
 * The active users who may approve a proposal on this case, read off the permission table (so a
 * role that gains or loses the right is told accordingly), without the proposer: they may not
 * approve their own proposal.
 */
export async function approverIds(tx: Tx, options: { incidentId: string; action: Extract<Action, "workflow.decide" | "publication.approve">; proposerId: string | null }): Promise<string[]> {
  const assigned = await tx.caseAssignment.findMany({ where: { incidentId: options.incidentId }, select: { userId: true } });
  const people = await casePeople(tx, { assignedUserIds: assigned.map((a) => a.userId) }, options.action);
  return people.map((person) => person.id).filter((id) => id !== options.proposerId);
}
