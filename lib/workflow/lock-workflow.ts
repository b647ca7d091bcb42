import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseFacts, PendingProposal, TransitionId, WorkflowSnapshot, WorkflowState } from "./machine";

export interface LockedWorkflow extends WorkflowSnapshot {
  incidentId: string;
  stateEnteredAt: Date;
}

/**
 * Locks the case row for the rest of the transaction and reads what the workflow decides on.
 * Every workflow command takes this lock first, so two people acting on one case are
 * serialized: the second reads the state the first left, and its "state you saw" check fails.
 */
export async function lockWorkflow(tx: Prisma.TransactionClient, incidentId: string): Promise<LockedWorkflow | null> {
  const rows = await tx.$queryRaw<{ workflowState: WorkflowState; stateEnteredAt: Date }[]>`
    SELECT "workflowState"::text AS "workflowState", "stateEnteredAt" FROM incidents WHERE id = ${incidentId} AND "deletedAt" IS NULL FOR UPDATE`;
  const row = rows[0];
  if (!row) return null;
  const [facts, pending] = await Promise.all([loadFacts(tx, incidentId), tx.transitionProposal.findFirst({ where: { incidentId, status: "pending" } })]);
  return {
    incidentId,
    state: row.workflowState,
    stateEnteredAt: row.stateEnteredAt,
    facts,
    pending: pending ? ({ id: pending.id, transitionId: transitionIdOf(pending.details), proposedById: pending.proposedById } satisfies PendingProposal) : null,
  };
}

export async function loadFacts(db: Prisma.TransactionClient, incidentId: string): Promise<CaseFacts> {
  const [confirmedFindings, proposedSanctions, decidedSanctionsWithoutAppealOutcome] = await Promise.all([
    db.finding.count({ where: { incidentId, status: "confirmed", deletedAt: null } }),
    db.sanction.count({ where: { incidentId, status: "proposed" } }),
    db.sanction.count({ where: { incidentId, status: "decided", appealOutcome: null } }),
  ]);
  return { confirmedFindings, proposedSanctions, decidedSanctionsWithoutAppealOutcome };
}

/** A proposal stores its step's id next to the step's fields. */
export function transitionIdOf(details: Prisma.JsonValue): TransitionId {
  return (details as { transition: TransitionId }).transition;
}
