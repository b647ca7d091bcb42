// Authorization for anything that belongs to a case, built into the query: the case is loaded
// with its assignments inside the mutation's transaction, and the viewer's permission is checked
// against exactly that case.
import type { Prisma } from "@/lib/generated/prisma/client";
import { ActionError } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Action, CaseAccess, Viewer } from "@/lib/auth/permissions";

export async function requireCaseAction(tx: Prisma.TransactionClient, viewer: Viewer | null, incidentId: string, action: Action): Promise<CaseAccess & { incidentId: string }> {
  const incident = await tx.incident.findFirst({
    where: { id: incidentId, deletedAt: null },
    select: { id: true, assignments: { select: { userId: true } } },
  });
  if (!incident) throw new ActionError(viewer ? "not_found" : "unauthenticated", viewer ? "No such case." : "Sign in first.");
  const access = { incidentId: incident.id, assignedUserIds: incident.assignments.map((a) => a.userId) };
  assertCan(viewer, action, access);
  return access;
}
