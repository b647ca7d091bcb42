import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { ActionError } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { requireCaseAction } from "@/lib/cases/case-guard";
import type { z } from "zod";
import { applyTransition } from "./apply-transition";
import { lockWorkflow, transitionIdOf, type LockedWorkflow } from "./lock-workflow";
import { decide, TRANSITIONS, type Blocker, type Command, type Outcome, type WorkflowActor } from "./machine";
import { detailsOf, detailsToJson, type ParsedTransitionRequest, proposalDecisionSchema, rejectProposalSchema, TRANSITION_DETAILS, transitionRequestSchema } from "./schema";
import { blockerMessage, STATE_LABEL } from "./messages";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { recordNotification } from "./notification-duty";
import { recordNotificationSchema } from "./notification-schema";
import { notifyProposalDecided, notifyProposalWaiting } from "@/lib/notifications/notify-proposal";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

async function lockCase(tx: Prisma.TransactionClient, viewer: Viewer, incidentId: string) {
  // Every command (take, propose, approve, reject, withdraw) needs a hand in the case's workflow;
  // the machine then decides which: an administrator, who reads cases, is refused here already.
  const access = await requireCaseAction(tx, viewer, incidentId, "workflow.propose");
  const locked = await lockWorkflow(tx, incidentId);
  if (!locked) throw new ActionError("not_found", "No such case.");
  const actor: WorkflowActor = { id: viewer.id, role: viewer.role, assigned: access.assignedUserIds.includes(viewer.id) };
  return { locked, actor };
}

/** A refusal from the machine as the error the user reads. */
function refusalError(outcome: Extract<Outcome, { ok: false }>, locked: LockedWorkflow): ActionError {
  const reasons = (outcome.blockers ?? []).map((b: Blocker) => blockerMessage(b)).join(" ");
  switch (outcome.refusal) {
    case "illegal":
      return new ActionError("invalid", `This step is not possible while the case is ${STATE_LABEL[locked.state]}.`);
    case "forbidden":
      return new ActionError("forbidden", "You are not allowed to do this.");
    case "precondition":
      return new ActionError("invalid", reasons || "The case is not ready for this step.");
    case "proposalPending":
      return new ActionError("conflict", "Another step is already waiting for approval. Approve, reject or withdraw it first.");
    case "noSuchProposal":
      return new ActionError("conflict", "This proposal was already approved, rejected or withdrawn. Reload to see what happened.");
    case "selfApproval":
      return new ActionError("forbidden", "You proposed this step. A different regulator must approve or reject it.");
    case "mustPropose":
    case "notGated":
      return new ActionError("invalid", "This step must be proposed and approved.");
  }
}

async function staleError(tx: Prisma.TransactionClient, locked: LockedWorkflow, expected: string): Promise<ActionError> {
  const last = await tx.stateTransition.findFirst({ where: { incidentId: locked.incidentId }, orderBy: { createdAt: "desc" }, include: { actor: { select: { email: true } } } });
  return new ActionError("conflict", `The case moved from ${STATE_LABEL[expected as keyof typeof STATE_LABEL] ?? expected} to ${STATE_LABEL[locked.state]} while you were looking. Nothing was changed; reload to see the current state.`, undefined, {
    current: { workflowState: locked.state },
    changedBy: last?.actor?.email ?? null,
    changedAt: last?.createdAt.toISOString() ?? null,
  });
}

/**
 * Takes an ungated step, or proposes a gated one, on the state the user saw. The step's fields
 * are checked on the server; a stale state, a missing precondition or a pending proposal
 * changes nothing.
 */
async function requestTransition(viewer: Viewer, input: ParsedTransitionRequest) {
  return prisma.$transaction(async (tx) => {
    const { locked, actor } = await lockCase(tx, viewer, input.incidentId);
    if (locked.state !== input.expectedState) throw await staleError(tx, locked, input.expectedState);
    const spec = TRANSITIONS[input.transition];
    const command: Command = { kind: spec.gated ? "propose" : "take", transitionId: spec.id };
    const outcome = decide(locked, command, actor);
    if (!outcome.ok) throw refusalError(outcome, locked);
    const details = detailsOf(input);
    if (outcome.kind === "transitioned") {
      await applyTransition(tx, { incidentId: locked.incidentId, from: locked.state, transitionId: spec.id, reason: input.reason, details, actor: actorOf(viewer) });
      return { kind: "transitioned" as const, to: spec.to };
    }
    // Proposals are checked now too, so nobody approves a step that could never be taken.
    await applyTransitionDryRun(tx, { locked, transitionId: spec.id, reason: input.reason, details, viewer });
    const proposal = await createProposal(tx, { locked, input, details, viewer });
    return { kind: "proposed" as const, proposalId: proposal.id };
  });
}

/** Runs the step's case checks in a savepoint and rolls them back: validation without effects. */
async function applyTransitionDryRun(tx: Prisma.TransactionClient, options: { locked: LockedWorkflow; transitionId: ParsedTransitionRequest["transition"]; reason: string; details: Record<string, unknown>; viewer: Viewer }) {
  await tx.$executeRaw`SAVEPOINT workflow_dry_run`;
  try {
    await applyTransition(tx, { incidentId: options.locked.incidentId, from: options.locked.state, transitionId: options.transitionId, reason: options.reason, details: options.details, actor: actorOf(options.viewer) });
  } finally {
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT workflow_dry_run`;
  }
}

async function createProposal(tx: Prisma.TransactionClient, options: { locked: LockedWorkflow; input: ParsedTransitionRequest; details: Record<string, unknown>; viewer: Viewer }) {
  const { locked, input, viewer } = options;
  try {
    const proposal = await tx.transitionProposal.create({
      data: {
        incidentId: locked.incidentId,
        fromState: locked.state,
        toState: TRANSITIONS[input.transition].to,
        reason: input.reason,
        details: { transition: input.transition, ...(detailsToJson(options.details) as Record<string, unknown>) },
        proposedById: viewer.id,
      },
    });
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: "workflow.proposed",
      entityType: "transition_proposal",
      entityId: proposal.id,
      incidentId: locked.incidentId,
      after: { transition: input.transition, fromState: proposal.fromState, toState: proposal.toState, reason: proposal.reason },
    });
    await notifyProposalWaiting(tx, { incidentId: locked.incidentId, subject: "workflow", proposerId: viewer.id });
    await emitWebhookEvent(tx, { type: "proposal.waiting", incidentId: locked.incidentId, facts: { subject: "workflow", transition: input.transition, to: proposal.toState } });
    return proposal;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ActionError("conflict", "Another step is already waiting for approval. Approve, reject or withdraw it first.");
    }
    throw error;
  }
}

type ProposalInput = z.output<typeof proposalDecisionSchema> | z.output<typeof rejectProposalSchema>;

async function closeProposal(viewer: Viewer, input: ProposalInput, kind: "approve" | "reject" | "withdraw") {
  return prisma.$transaction(async (tx) => {
    const proposal = await tx.transitionProposal.findUnique({ where: { id: input.proposalId } });
    if (!proposal) throw new ActionError("not_found", "No such proposal.");
    const { locked, actor } = await lockCase(tx, viewer, proposal.incidentId);
    const outcome = decide(locked, { kind, proposalId: proposal.id }, actor);
    if (!outcome.ok) throw refusalError(outcome, locked);
    const status = kind === "approve" ? "approved" : kind === "reject" ? "rejected" : "withdrawn";
    const { count } = await tx.transitionProposal.updateMany({
      where: { id: proposal.id, status: "pending" },
      data: { status, decidedById: viewer.id, decidedAt: new Date(), decisionNote: input.note ?? null },
    });
    if (count === 0) throw new ActionError("conflict", "This proposal was already approved, rejected or withdrawn. Reload to see what happened.");
    await recordAudit(tx, {
      actor: actorOf(viewer),
      action: `workflow.proposal_${status}`,
      entityType: "transition_proposal",
      entityId: proposal.id,
      incidentId: proposal.incidentId,
      before: { status: "pending" },
      after: { status, note: input.note ?? null, transition: transitionIdOf(proposal.details) },
    });
    if (status !== "withdrawn") await notifyProposalDecided(tx, { incidentId: proposal.incidentId, subject: "workflow", proposerId: proposal.proposedById, deciderId: viewer.id, outcome: status });
    if (outcome.kind !== "transitioned") return { kind: "closed" as const, status };
    const transitionId = transitionIdOf(proposal.details);
    // The fields were checked when proposed; they are parsed again in case the rules changed.
    const details = TRANSITION_DETAILS[transitionId].safeParse(proposal.details);
    if (!details.success) throw new ActionError("invalid", "This proposal's fields are no longer valid. Reject it and propose the step again.");
    await applyTransition(tx, {
      incidentId: proposal.incidentId,
      from: locked.state,
      transitionId,
      reason: proposal.reason,
      details: details.data,
      actor: actorOf(viewer),
      proposalId: proposal.id,
    });
    return { kind: "transitioned" as const, to: outcome.to };
  });
}

const approveProposal = (viewer: Viewer, input: z.output<typeof proposalDecisionSchema>) => closeProposal(viewer, input, "approve");
const rejectProposal = (viewer: Viewer, input: z.output<typeof rejectProposalSchema>) => closeProposal(viewer, input, "reject");
const withdrawProposal = (viewer: Viewer, input: z.output<typeof proposalDecisionSchema>) => closeProposal(viewer, input, "withdraw");

/** Each workflow command with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const workflowActions = {
  request: defineAction(transitionRequestSchema, requestTransition),
  approve: defineAction(proposalDecisionSchema, approveProposal),
  reject: defineAction(rejectProposalSchema, rejectProposal),
  withdraw: defineAction(proposalDecisionSchema, withdrawProposal),
  recordNotification: defineAction(recordNotificationSchema, recordNotification),
};
