import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ActionError } from "@/lib/actions/result";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { dueFromDay, endOfDayIn, type FrozenRule } from "@/lib/jurisdictions/clock-rules";
import { loadFrozenRule } from "@/lib/jurisdictions/load-frozen-rule";
import type { SanctionType } from "@/lib/generated/prisma/enums";
import { daysLate, type ClockKind } from "./clocks";
import { TERMINAL_STATES, TRANSITIONS, type TransitionId, type WorkflowState } from "./machine";
import { detailsToJson, type TransitionDetails } from "./schema";
import { parseAmount } from "@/lib/money/amount";
import { MONEY_MESSAGES } from "@/lib/money/schema";
import { emitWebhookEvent } from "@/lib/webhooks/emit";

/** A decision's amount (canonical text, checked by the schema) as the stored minor units. */
function minorOf(decision: { amount: string | null; currency: string }): bigint | null {
  if (decision.amount === null) return null;
  const read = parseAmount(decision.amount, decision.currency);
  if (!read.ok) throw new Error(`A decided amount passed the schema unread: ${read.problem}.`);
  return read.minor;
}

const fieldError = (field: string, message: string): never => {
  throw new ActionError("invalid", message, { [field]: [message] });
};

/**
 * Checks a step's fields against the case as it is now: rules that need the database, such as
 * an open reply window or which sanctions are still proposed. Throws a field error.
 */
export async function checkAgainstCase(tx: Prisma.TransactionClient, incidentId: string, transitionId: TransitionId, details: Record<string, unknown>, now: Date) {
  if (transitionId === "referToCommittee") {
    const d = details as TransitionDetails<"referToCommittee">;
    const open = await tx.caseClock.findFirst({ where: { incidentId, kind: "reply_window", stoppedAt: null } });
    if (!d.replyReceivedOn && open && open.dueAt > now) {
      fieldError("replyReceivedOn", `The company may still reply until ${open.dueAt.toISOString().slice(0, 10)}. Record its reply, or wait until the window closes.`);
    }
  }
  if (transitionId === "closeAfterDecision") {
    const d = details as TransitionDetails<"closeAfterDecision">;
    const open = await tx.caseClock.findFirst({ where: { incidentId, kind: "appeal_window", stoppedAt: null } });
    if (open && open.dueAt > now && !d.appealWaived) {
      fieldError("appealWaived", "The appeal window is still open. Close the case after it ends, or record that the parties waived their appeal.");
    }
    if (d.appealWaived && !d.waiverRef) fieldError("waiverRef", "Give the reference of the waiver.");
  }
  if (transitionId === "decideSanctions") {
    const d = details as TransitionDetails<"decideSanctions">;
    const proposed = await tx.sanction.findMany({ where: { incidentId, status: "proposed" }, select: { id: true, type: true, currency: true } });
    const decided = new Map(d.decisions.map((x) => [x.sanctionId, x.amount]));
    const currencies = new Map(d.decisions.map((x) => [x.sanctionId, x.currency]));
    const ids = new Set(proposed.map((s) => s.id));
    if (decided.size !== d.decisions.length || proposed.length !== decided.size || [...decided.keys()].some((id) => !ids.has(id))) {
      throw new ActionError("conflict", "The proposed sanctions changed since this decision was written. Reload, and decide each one that is proposed now.");
    }
    for (const s of proposed) {
      if (s.type === "fine" && decided.get(s.id) === null) fieldError("decisions", "Every fine needs its decided amount.");
      if (decided.get(s.id) !== null && currencies.get(s.id) !== s.currency) {
        throw new ActionError("invalid", `A decided amount is in its sanction's currency (${s.currency}).`, { decisions: [MONEY_MESSAGES.otherCurrency] });
      }
    }
  }
}

/** Clocks started before rules were frozen into them ran on Seoul days. */
const FALLBACK_ZONE = "Asia/Seoul";

/** Everything a step will change, worked out from the case as it is at `now`; nothing written. */
export interface TransitionPlan {
  transitionId: TransitionId;
  to: WorkflowState;
  terminal: boolean;
  /** Running clocks the step stops, with the lateness it freezes. */
  stops: { clockId: string; kind: ClockKind; dueAt: Date; lateDays: number }[];
  /** The clock the step starts, due by the case's jurisdiction's rule; `rule` null: that rule sets no length, so none starts. */
  start: { kind: ClockKind; rule: FrozenRule; startsAt: Date; dueAt: Date } | { kind: ClockKind; rule: null } | null;
  /** Sanctions that become decided, with their decided amount in minor units of their currency. */
  decisions: { sanctionId: string; type: SanctionType; subjectName: string; currency: string; amountMinor: bigint | null; decisionDate: Date; decisionDocRefs: string[] }[];
}

/**
 * What taking the step would do, read from the case: the approval applies exactly this plan
 * (applyTransition), and the Workflow tab shows it to the approver first (preview-transition.ts).
 */
export async function planTransition(db: Prisma.TransactionClient, options: { incidentId: string; transitionId: TransitionId; details: Record<string, unknown>; now: Date }): Promise<TransitionPlan> {
  const spec = TRANSITIONS[options.transitionId];
  const terminal = TERMINAL_STATES.includes(spec.to);
  const stopKinds = terminal ? [...spec.stopsClocks, { kind: "reply_window" as const }, { kind: "appeal_window" as const }] : spec.stopsClocks;
  const stops: TransitionPlan["stops"] = [];
  for (const stop of stopKinds) {
    const open = await db.caseClock.findFirst({ where: { incidentId: options.incidentId, kind: stop.kind, stoppedAt: null } });
    if (!open || stops.some((s) => s.clockId === open.id)) continue;
    const day = stop.atField ? (options.details[stop.atField] as Date | null) : null;
    const at = day ? endOfDayIn(day, open.ruleTimeZone ?? FALLBACK_ZONE) : options.now;
    stops.push({ clockId: open.id, kind: stop.kind, dueAt: open.dueAt, lateDays: daysLate(open.dueAt, at) });
  }
  let start: TransitionPlan["start"] = null;
  if (spec.startsClock) {
    // The case's jurisdiction selects the rule, copied into the clock and never read again.
    // No length set there: the step still happens, and no clock starts.
    const rule = await loadFrozenRule(db, options.incidentId, spec.startsClock.kind);
    start = rule ? { kind: spec.startsClock.kind, rule, ...dueFromDay(options.details[spec.startsClock.fromField] as Date, rule) } : { kind: spec.startsClock.kind, rule: null };
  }
  let decisions: TransitionPlan["decisions"] = [];
  if (spec.id === "decideSanctions") {
    const d = options.details as TransitionDetails<"decideSanctions">;
    const sanctions = await db.sanction.findMany({ where: { id: { in: d.decisions.map((x) => x.sanctionId) } }, select: { id: true, type: true, subjectName: true } });
    decisions = d.decisions.map((decision) => {
      const sanction = sanctions.find((s) => s.id === decision.sanctionId);
      return { sanctionId: decision.sanctionId, type: sanction?.type ?? "fine", subjectName: sanction?.subjectName ?? "", currency: decision.currency, amountMinor: minorOf(decision), decisionDate: d.decisionDate, decisionDocRefs: d.decisionDocRefs };
    });
  }
  return { transitionId: spec.id, to: spec.to, terminal, stops, start, decisions };
}

/**
 * Moves a locked case along one step and writes everything the step implies in the caller's
 * transaction: the new state, the transition with its fields, clocks stopped (lateness frozen)
 * and started, sanctions decided, and the audit row.
 */
export async function applyTransition(
  tx: Prisma.TransactionClient,
  options: { incidentId: string; from: WorkflowState; transitionId: TransitionId; reason: string; details: Record<string, unknown>; actor: AuditActor; proposalId?: string },
) {
  const spec = TRANSITIONS[options.transitionId];
  const now = new Date();
  await checkAgainstCase(tx, options.incidentId, spec.id, options.details, now);
  const plan = await planTransition(tx, { incidentId: options.incidentId, transitionId: spec.id, details: options.details, now });

  const lateness = [];
  for (const stop of plan.stops) {
    await tx.caseClock.update({ where: { id: stop.clockId }, data: { stoppedAt: now, lateDays: stop.lateDays } });
    lateness.push({ kind: stop.kind, dueAt: stop.dueAt.toISOString(), lateDays: stop.lateDays });
  }
  if (plan.start?.rule) {
    await tx.caseClock.create({ data: { incidentId: options.incidentId, kind: plan.start.kind, startsAt: plan.start.startsAt, dueAt: plan.start.dueAt, ...plan.start.rule } });
  }
  for (const decision of plan.decisions) {
    await tx.sanction.update({
      where: { id: decision.sanctionId },
      data: { status: "decided", amountMinor: decision.amountMinor, decisionDate: decision.decisionDate, decisionDocRefs: decision.decisionDocRefs },
    });
  }

  await tx.incident.update({
    where: { id: options.incidentId },
    data: { workflowState: spec.to, stateEnteredAt: now, closedAt: TERMINAL_STATES.includes(spec.to) ? now : null },
  });
  const transition = await tx.stateTransition.create({
    data: {
      incidentId: options.incidentId,
      fromState: options.from,
      toState: spec.to,
      actorId: options.actor.id,
      reason: options.reason,
      details: { transition: spec.id, ...(detailsToJson(options.details) as Record<string, unknown>), ...(lateness.length > 0 ? { lateness } : {}) },
      proposalId: options.proposalId ?? null,
      createdAt: now,
    },
  });
  await recordAudit(tx, {
    actor: options.actor,
    action: "workflow.transitioned",
    entityType: "incident",
    entityId: options.incidentId,
    incidentId: options.incidentId,
    before: { workflowState: options.from },
    after: { workflowState: spec.to, transition: spec.id, reason: options.reason, proposalId: options.proposalId ?? null },
  });
  await emitWebhookEvent(tx, { type: "case.state_changed", incidentId: options.incidentId, facts: { from: options.from, to: spec.to, transition: spec.id } });
  if (plan.decisions.length > 0) await emitWebhookEvent(tx, { type: "case.decided", incidentId: options.incidentId, facts: { sanctions: plan.decisions.length } });
  return transition;
}
