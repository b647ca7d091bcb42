import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Action } from "@/lib/auth/permissions";

type Tx = Prisma.TransactionClient;

/**
 * The active users who may approve a proposal on this case, read off the permission table (so a
 * role that gains or loses the right is told accordingly), without the proposer: they may not
 * approve their own proposal.
 */
export async function approverIds(tx: Tx, options: { incidentId: string; action: Extract<Action, "workflow.decide" | "publication.approve">; proposerId: string | null }): Promise<string[]> {
  const assigned = await tx.caseAssignment.findMany({ where: { incidentId: options.incidentId }, select: { userId: true } });
  const access = { assignedUserIds: assigned.map((a) => a.userId) };
  const users = await tx.user.findMany({ where: { active: true, ...(options.proposerId ? { id: { not: options.proposerId } } : {}) }, select: { id: true, email: true, name: true, role: true } });
  return users.filter((user) => can({ ...user, sessionId: "" }, options.action, access)).map((user) => user.id);
}
