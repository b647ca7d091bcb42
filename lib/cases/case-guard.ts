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

/**
 * The conflict answer for a stale save: what the record holds now and who changed it last, so
 * the user can compare, copy their text and reload. Nothing is overwritten.
 */
export async function conflictError(tx: Prisma.TransactionClient, entityType: string, entityId: string, current: Record<string, unknown>): Promise<ActionError> {
  const last = await tx.auditEvent.findFirst({ where: { entityType, entityId }, orderBy: { id: "desc" }, select: { actorLabel: true, occurredAt: true } });
  const who = last ? `${last.actorLabel}` : "someone";
  return new ActionError("conflict", `${who} saved a newer version while you were editing.`, undefined, {
    current: JSON.parse(JSON.stringify(current, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Record<string, unknown>,
    changedBy: last?.actorLabel ?? null,
    changedAt: last?.occurredAt.toISOString() ?? null,
  });
}

export const actorOf = (viewer: Viewer) => ({ id: viewer.id, label: viewer.email });
