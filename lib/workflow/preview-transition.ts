import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ClockUnit, SanctionType } from "@/lib/generated/prisma/enums";
import { ActionError } from "@/lib/actions/result";
import type { Money } from "@/lib/money/amount";
import { checkAgainstCase, planTransition } from "./apply-transition";
import type { ClockKind } from "./clocks";
import { transitionIdOf } from "./lock-workflow";
import type { TransitionId, WorkflowState } from "./machine";
import { TRANSITION_DETAILS } from "./schema";

export type TransitionPreview =
  | {
      ok: true;
      transitionId: TransitionId;
      from: WorkflowState;
      to: WorkflowState;
      terminal: boolean;
      stops: { kind: ClockKind; dueAt: Date; lateDays: number }[];
      /** `length` null: the case's jurisdiction sets no length for this clock, so approving starts none. */
      start: { kind: ClockKind; length: number; unit: ClockUnit; jurisdiction: string; timeZone: string; startsAt: Date; dueAt: Date } | { kind: ClockKind; length: null } | null;
      decisions: { sanctionId: string; type: SanctionType; subjectName: string; money: Money | null }[];
      /** Why approving now would be refused (the approval's own check), or null. */
      problem: string | null;
    }
  | { ok: false; problem: string };

/**
 * What approving a pending proposal will change, worked out by the code the approval runs
 * (planTransition, checkAgainstCase in apply-transition.ts) on the case as it is now.
 */
export async function previewProposal(proposal: { incidentId: string; fromState: WorkflowState; details: Prisma.JsonValue }): Promise<TransitionPreview> {
  const transitionId = transitionIdOf(proposal.details);
  // Parsed as the approval parses them, in case the rules changed since the proposal.
  const parsed = TRANSITION_DETAILS[transitionId].safeParse(proposal.details);
  if (!parsed.success) return { ok: false, problem: "This proposal's fields are no longer valid. Reject it and propose the step again." };
  const details = parsed.data as Record<string, unknown>;
  const now = new Date();
  const plan = await planTransition(prisma, { incidentId: proposal.incidentId, transitionId, details, now });
  let problem: string | null = null;
  try {
    await checkAgainstCase(prisma, proposal.incidentId, transitionId, details, now);
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    problem = error.message;
  }
  const start = plan.start
    ? plan.start.rule
      ? { kind: plan.start.kind, length: plan.start.rule.ruleLength, unit: plan.start.rule.ruleUnit, jurisdiction: plan.start.rule.ruleJurisdiction, timeZone: plan.start.rule.ruleTimeZone, startsAt: plan.start.startsAt, dueAt: plan.start.dueAt }
      : { kind: plan.start.kind, length: null }
    : null;
  return {
    ok: true,
    transitionId,
    from: proposal.fromState,
    to: plan.to,
    terminal: plan.terminal,
    stops: plan.stops.map(({ kind, dueAt, lateDays }) => ({ kind, dueAt, lateDays })),
    start,
    decisions: plan.decisions.map((d) => ({ sanctionId: d.sanctionId, type: d.type, subjectName: d.subjectName, money: d.amountMinor === null ? null : { minor: d.amountMinor, currency: d.currency } })),
    problem,
  };
}
