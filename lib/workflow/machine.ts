// The sanctions workflow as one typed transition table, with the rules that decide whether a
// viewer may take, propose, approve or reject a step. Pure: no I/O, no clock of its own (the
// caller passes `now`), so the same rules drive the server, the Workflow tab and the tests.
import type { ClockKind } from "./clocks";
import { WORKFLOW_STATES } from "@/lib/enums";

export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const TERMINAL_STATES: readonly WorkflowState[] = ["closed", "dismissed"];

/** What must be true of the case (not of the form) before a step. */
export type Precondition =
  | "confirmedFinding" // at least one confirmed, live finding
  | "proposedSanction" // at least one proposed sanction
  | "appealOutcomesRecorded"; // every decided sanction has an appeal outcome

type WorkflowRole = "admin" | "regulator" | "case_officer";

export const TRANSITION_IDS = [
  "openInspection",
  "issueFindings",
  "startLegalReview",
  "serveNotice",
  "referToCommittee",
  "decideSanctions",
  "recordAppeal",
  "closeAfterDecision",
  "closeAfterAppeal",
  "dismiss",
] as const;
export type TransitionId = (typeof TRANSITION_IDS)[number];

export interface TransitionSpec {
  id: TransitionId;
  from: readonly WorkflowState[];
  to: WorkflowState;
  /** Gated steps are proposed first, then approved or rejected by a different regulator. */
  gated: boolean;
  requires: readonly Precondition[];
  /** The clock this step starts, counted from the day named in its form. */
  startsClock?: { kind: ClockKind; fromField: string };
  /** Clocks this step stops; lateness is frozen at the day named in `atField`, or at the step. */
  stopsClocks: readonly { kind: ClockKind; atField?: string }[];
}

const BEFORE_DECISION: readonly WorkflowState[] = ["reported", "under_inspection", "findings_issued", "legal_review", "notice_of_intent", "sanction_review"];

export const TRANSITIONS: Readonly<Record<TransitionId, TransitionSpec>> = {
  openInspection: { id: "openInspection", from: ["reported"], to: "under_inspection", gated: false, requires: [], stopsClocks: [] },
  issueFindings: { id: "issueFindings", from: ["under_inspection"], to: "findings_issued", gated: true, requires: ["confirmedFinding"], stopsClocks: [] },
  startLegalReview: { id: "startLegalReview", from: ["findings_issued"], to: "legal_review", gated: false, requires: ["confirmedFinding"], stopsClocks: [] },
  serveNotice: {
    id: "serveNotice",
    from: ["legal_review"],
    to: "notice_of_intent",
    gated: true,
    requires: ["confirmedFinding", "proposedSanction"],
    startsClock: { kind: "reply_window", fromField: "noticeServedOn" },
    stopsClocks: [],
  },
  referToCommittee: {
    id: "referToCommittee",
    from: ["notice_of_intent"],
    to: "sanction_review",
    gated: true,
    requires: ["proposedSanction"],
    stopsClocks: [{ kind: "reply_window", atField: "replyReceivedOn" }],
  },
  decideSanctions: {
    id: "decideSanctions",
    from: ["sanction_review"],
    to: "sanction_decided",
    gated: true,
    requires: ["proposedSanction"],
    startsClock: { kind: "appeal_window", fromField: "decisionDate" },
    stopsClocks: [],
  },
  recordAppeal: { id: "recordAppeal", from: ["sanction_decided"], to: "appealed", gated: false, requires: [], stopsClocks: [{ kind: "appeal_window", atField: "appealFiledOn" }] },
  closeAfterDecision: { id: "closeAfterDecision", from: ["sanction_decided"], to: "closed", gated: true, requires: [], stopsClocks: [{ kind: "appeal_window" }] },
  closeAfterAppeal: { id: "closeAfterAppeal", from: ["appealed"], to: "closed", gated: true, requires: ["appealOutcomesRecorded"], stopsClocks: [] },
  dismiss: { id: "dismiss", from: BEFORE_DECISION, to: "dismissed", gated: true, requires: [], stopsClocks: [{ kind: "reply_window" }] },
};

/** The facts about a case that preconditions read, loaded inside the deciding transaction. */
export interface CaseFacts {
  confirmedFindings: number;
  proposedSanctions: number;
  decidedSanctionsWithoutAppealOutcome: number;
}

export interface WorkflowActor {
  id: string;
  role: WorkflowRole;
  /** Assigned to this case (matters for case officers only). */
  assigned: boolean;
}

export interface PendingProposal {
  id: string;
  transitionId: TransitionId;
  proposedById: string | null;
}

/** Everything a decision reads: where the case is, what is pending, and the facts. */
export interface WorkflowSnapshot {
  state: WorkflowState;
  pending: PendingProposal | null;
  facts: CaseFacts;
}

export type Blocker =
  | { code: "wrongState"; state: WorkflowState }
  | { code: "notAllowed" }
  | { code: "proposalPending" }
  | { code: "precondition"; precondition: Precondition };

export function transitionsFrom(state: WorkflowState): TransitionSpec[] {
  return TRANSITION_IDS.map((id) => TRANSITIONS[id]).filter((t) => t.from.includes(state));
}

function preconditionHolds(precondition: Precondition, facts: CaseFacts): boolean {
  switch (precondition) {
    case "confirmedFinding":
      return facts.confirmedFindings > 0;
    case "proposedSanction":
      return facts.proposedSanctions > 0;
    case "appealOutcomesRecorded":
      return facts.decidedSanctionsWithoutAppealOutcome === 0;
  }
}

/** Case officers act only on their assigned cases; administrators run the system, not cases. */
export function mayPropose(actor: WorkflowActor): boolean {
  return actor.role === "regulator" || (actor.role === "case_officer" && actor.assigned);
}

export function mayDecide(actor: WorkflowActor): boolean {
  return actor.role === "regulator";
}

/**
 * Whether `actor` may start this step now: take it (ungated) or propose it (gated). Returns every
 * reason it is blocked, so the Workflow tab can say why an action is disabled.
 */
export function availability(snapshot: WorkflowSnapshot, transitionId: TransitionId, actor: WorkflowActor): { ok: true; mode: "take" | "propose" } | { ok: false; blockers: Blocker[] } {
  const spec = TRANSITIONS[transitionId];
  const blockers: Blocker[] = [];
  if (!spec.from.includes(snapshot.state)) blockers.push({ code: "wrongState", state: snapshot.state });
  if (!mayPropose(actor)) blockers.push({ code: "notAllowed" });
  if (snapshot.pending) blockers.push({ code: "proposalPending" });
  for (const p of spec.requires) if (!preconditionHolds(p, snapshot.facts)) blockers.push({ code: "precondition", precondition: p });
  return blockers.length === 0 ? { ok: true, mode: spec.gated ? "propose" : "take" } : { ok: false, blockers };
}

export type Command =
  | { kind: "take"; transitionId: TransitionId }
  | { kind: "propose"; transitionId: TransitionId }
  | { kind: "approve"; proposalId: string }
  | { kind: "reject"; proposalId: string }
  | { kind: "withdraw"; proposalId: string };

type Refusal = "illegal" | "forbidden" | "precondition" | "proposalPending" | "noSuchProposal" | "selfApproval" | "mustPropose" | "notGated";

export type Outcome =
  | { ok: true; kind: "transitioned"; transitionId: TransitionId; to: WorkflowState }
  | { ok: true; kind: "proposed"; transitionId: TransitionId }
  | { ok: true; kind: "closedProposal"; status: "rejected" | "withdrawn" }
  | { ok: false; refusal: Refusal; blockers?: Blocker[] };

function refuse(refusal: Refusal, blockers?: Blocker[]): Outcome {
  return { ok: false, refusal, blockers };
}

function fromBlockers(blockers: Blocker[]): Outcome {
  if (blockers.some((b) => b.code === "wrongState")) return refuse("illegal", blockers);
  if (blockers.some((b) => b.code === "notAllowed")) return refuse("forbidden", blockers);
  if (blockers.some((b) => b.code === "proposalPending")) return refuse("proposalPending", blockers);
  return refuse("precondition", blockers);
}

/**
 * The one decision every workflow command goes through. The server calls it inside the
 * transaction that then writes the outcome; the property test calls it on random sequences.
 */
export function decide(snapshot: WorkflowSnapshot, command: Command, actor: WorkflowActor): Outcome {
  switch (command.kind) {
    case "take":
    case "propose": {
      const spec = TRANSITIONS[command.transitionId];
      const available = availability(snapshot, command.transitionId, actor);
      if (!available.ok) return fromBlockers(available.blockers);
      if (command.kind === "take" && spec.gated) return refuse("mustPropose");
      if (command.kind === "propose" && !spec.gated) return refuse("notGated");
      return command.kind === "take" ? { ok: true, kind: "transitioned", transitionId: spec.id, to: spec.to } : { ok: true, kind: "proposed", transitionId: spec.id };
    }
    case "approve":
    case "reject":
    case "withdraw": {
      const pending = snapshot.pending;
      if (!pending || pending.id !== command.proposalId) return refuse("noSuchProposal");
      if (command.kind === "withdraw") {
        return actor.id === pending.proposedById ? { ok: true, kind: "closedProposal", status: "withdrawn" } : refuse("forbidden");
      }
      if (!mayDecide(actor)) return refuse("forbidden");
      if (actor.id === pending.proposedById) return refuse("selfApproval");
      if (command.kind === "reject") return { ok: true, kind: "closedProposal", status: "rejected" };
      const spec = TRANSITIONS[pending.transitionId];
      if (!spec.from.includes(snapshot.state)) return refuse("illegal", [{ code: "wrongState", state: snapshot.state }]);
      const failed = spec.requires.filter((p) => !preconditionHolds(p, snapshot.facts));
      if (failed.length > 0) return refuse("precondition", failed.map((precondition) => ({ code: "precondition", precondition })));
      return { ok: true, kind: "transitioned", transitionId: spec.id, to: spec.to };
    }
  }
}

/** States reachable from `reported` by following the table: what no sequence of commands may leave. */
export function reachableStates(start: WorkflowState = "reported"): Set<WorkflowState> {
  const seen = new Set<WorkflowState>([start]);
  const queue: WorkflowState[] = [start];
  while (queue.length > 0) {
    const state = queue.shift() as WorkflowState;
    for (const t of transitionsFrom(state)) {
      if (!seen.has(t.to)) {
        seen.add(t.to);
        queue.push(t.to);
      }
    }
  }
  return seen;
}

/** The main path, in order, for the step diagram; `appealed` and `dismissed` are drawn as branches. */
export const MAIN_PATH: readonly WorkflowState[] = ["reported", "under_inspection", "findings_issued", "legal_review", "notice_of_intent", "sanction_review", "sanction_decided", "closed"];
