import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { can, type Viewer } from "@/lib/auth/permissions";
import { WORKFLOW_STATES } from "@/lib/enums";
import { assertWithinBudget, timeoutFor } from "@/tests/support/property-budget";
import {
  availability,
  mayDecide,
  mayPropose,
  decide,
  reachableStates,
  TRANSITION_IDS,
  TRANSITIONS,
  transitionsFrom,
  type CaseFacts,
  type Command,
  type TransitionId,
  type WorkflowActor,
  type WorkflowSnapshot,
  type WorkflowState,
} from "./machine";

const REGULATOR: WorkflowActor = { id: "reg-1", role: "regulator", assigned: false };
const REGULATOR_2: WorkflowActor = { id: "reg-2", role: "regulator", assigned: false };
const OFFICER: WorkflowActor = { id: "off-1", role: "case_officer", assigned: true };
const STRANGER: WorkflowActor = { id: "off-2", role: "case_officer", assigned: false };
const ADMIN: WorkflowActor = { id: "adm-1", role: "admin", assigned: false };
const ACTORS = [REGULATOR, REGULATOR_2, OFFICER, STRANGER, ADMIN];

const READY: CaseFacts = { confirmedFindings: 2, proposedSanctions: 1, decidedSanctionsWithoutAppealOutcome: 0 };
const snap = (state: WorkflowState, extra: Partial<WorkflowSnapshot> = {}): WorkflowSnapshot => ({ state, pending: null, facts: READY, ...extra });

describe("the transition table", () => {
  it("every state but the terminal ones has a way forward, and closed and dismissed have none", () => {
    for (const state of WORKFLOW_STATES) {
      expect(transitionsFrom(state).length > 0, state).toBe(state !== "closed" && state !== "dismissed");
    }
  });

  it("every state is reachable from reported", () => {
    expect([...reachableStates()].sort()).toEqual([...WORKFLOW_STATES].sort());
  });

  it("dismissal is possible from every state before a decision, and not after one", () => {
    const from = TRANSITIONS.dismiss.from;
    expect(from).toEqual(["reported", "under_inspection", "findings_issued", "legal_review", "notice_of_intent", "sanction_review"]);
    expect(from).not.toContain("sanction_decided");
  });

  it("gates the steps with consequences for the company and leaves the factual ones direct", () => {
    const gated = TRANSITION_IDS.filter((id) => TRANSITIONS[id].gated).sort();
    expect(gated).toEqual(["closeAfterAppeal", "closeAfterDecision", "decideSanctions", "dismiss", "issueFindings", "referToCommittee", "serveNotice"]);
  });

  it("the notice starts the reply window and the decision starts the appeal window", () => {
    expect(TRANSITIONS.serveNotice.startsClock).toEqual({ kind: "reply_window", fromField: "noticeServedOn" });
    expect(TRANSITIONS.decideSanctions.startsClock).toEqual({ kind: "appeal_window", fromField: "decisionDate" });
    expect(TRANSITIONS.recordAppeal.stopsClocks).toEqual([{ kind: "appeal_window", atField: "appealFiledOn" }]);
  });
});

describe("who may do what", () => {
  // For every (transition, state, actor): the expected answer written out from the rules.
  const cases: [TransitionId, WorkflowState, WorkflowActor][] = [];
  for (const id of TRANSITION_IDS) for (const state of WORKFLOW_STATES) for (const actor of ACTORS) cases.push([id, state, actor]);

  it.each(cases)("%s from %s by %o", (id, state, actor) => {
    const result = availability(snap(state), id, actor);
    const inState = TRANSITIONS[id].from.includes(state);
    const mayAct = actor.role === "regulator" || (actor.role === "case_officer" && actor.assigned);
    expect(result.ok).toBe(inState && mayAct);
    if (result.ok) expect(result.mode).toBe(TRANSITIONS[id].gated ? "propose" : "take");
  });

  it("a gated step cannot be taken directly, and an ungated one is not proposed", () => {
    expect(decide(snap("legal_review"), { kind: "take", transitionId: "serveNotice" }, REGULATOR)).toEqual({ ok: false, refusal: "mustPropose", blockers: undefined });
    expect(decide(snap("findings_issued"), { kind: "propose", transitionId: "startLegalReview" }, OFFICER)).toMatchObject({ ok: false, refusal: "notGated" });
  });

  it("says why a step is blocked, naming every missing precondition", () => {
    const facts = { confirmedFindings: 0, proposedSanctions: 0, decidedSanctionsWithoutAppealOutcome: 0 };
    const result = availability(snap("legal_review", { facts }), "serveNotice", OFFICER);
    expect(result).toEqual({
      ok: false,
      blockers: [
        { code: "precondition", precondition: "confirmedFinding" },
        { code: "precondition", precondition: "proposedSanction" },
      ],
    });
  });

  it("one proposal at a time", () => {
    const pending = { id: "p1", transitionId: "serveNotice" as const, proposedById: OFFICER.id };
    expect(decide(snap("legal_review", { pending }), { kind: "propose", transitionId: "dismiss" }, REGULATOR)).toMatchObject({ ok: false, refusal: "proposalPending" });
  });
});

describe("agreement with the permissions table", () => {
  it.each(ACTORS)("%o may propose and decide exactly what lib/auth/permissions grants", (actor) => {
    const viewer: Viewer = { id: actor.id, email: `${actor.id}@x`, name: actor.id, role: actor.role, sessionId: "s" };
    const access = { assignedUserIds: actor.assigned ? [actor.id] : [] };
    expect(mayPropose(actor)).toBe(can(viewer, "workflow.propose", access));
    expect(mayDecide(actor)).toBe(can(viewer, "workflow.decide", access));
  });
});

describe("approvals", () => {
  const pending = { id: "p1", transitionId: "serveNotice" as const, proposedById: REGULATOR.id };

  it("a different regulator approves; the proposer cannot; a case officer cannot", () => {
    const s = snap("legal_review", { pending });
    expect(decide(s, { kind: "approve", proposalId: "p1" }, REGULATOR_2)).toEqual({ ok: true, kind: "transitioned", transitionId: "serveNotice", to: "notice_of_intent" });
    expect(decide(s, { kind: "approve", proposalId: "p1" }, REGULATOR)).toMatchObject({ ok: false, refusal: "selfApproval" });
    expect(decide(s, { kind: "reject", proposalId: "p1" }, REGULATOR)).toMatchObject({ ok: false, refusal: "selfApproval" });
    expect(decide(s, { kind: "approve", proposalId: "p1" }, OFFICER)).toMatchObject({ ok: false, refusal: "forbidden" });
    expect(decide(s, { kind: "approve", proposalId: "other" }, REGULATOR_2)).toMatchObject({ ok: false, refusal: "noSuchProposal" });
  });

  it("only the proposer withdraws", () => {
    const s = snap("legal_review", { pending });
    expect(decide(s, { kind: "withdraw", proposalId: "p1" }, REGULATOR)).toEqual({ ok: true, kind: "closedProposal", status: "withdrawn" });
    expect(decide(s, { kind: "withdraw", proposalId: "p1" }, REGULATOR_2)).toMatchObject({ ok: false, refusal: "forbidden" });
  });

  it("rechecks the preconditions at approval: a sanction withdrawn meanwhile blocks the notice", () => {
    const s = snap("legal_review", { pending, facts: { ...READY, proposedSanctions: 0 } });
    expect(decide(s, { kind: "approve", proposalId: "p1" }, REGULATOR_2)).toMatchObject({ ok: false, refusal: "precondition" });
  });

  it("closing after an appeal needs every appeal outcome", () => {
    const s = snap("appealed", { pending: { id: "p2", transitionId: "closeAfterAppeal", proposedById: OFFICER.id }, facts: { ...READY, decidedSanctionsWithoutAppealOutcome: 1 } });
    expect(decide(s, { kind: "approve", proposalId: "p2" }, REGULATOR)).toMatchObject({ ok: false, refusal: "precondition", blockers: [{ precondition: "appealOutcomesRecorded" }] });
  });
});

describe("random sequences of commands by random people (property)", () => {
  const arbFacts = fc.record({ confirmedFindings: fc.nat(2), proposedSanctions: fc.nat(2), decidedSanctionsWithoutAppealOutcome: fc.nat(1) });
  const arbCommand: fc.Arbitrary<(pendingId: string | null) => Command> = fc.oneof(
    fc.constantFrom(...TRANSITION_IDS).map((transitionId) => () => ({ kind: "take", transitionId }) as Command),
    fc.constantFrom(...TRANSITION_IDS).map((transitionId) => () => ({ kind: "propose", transitionId }) as Command),
    fc.constantFrom("approve", "reject", "withdraw").chain((kind) =>
      fc.boolean().map((stale) => (pendingId: string | null) => ({ kind, proposalId: stale || !pendingId ? "stale" : pendingId }) as Command),
    ),
  );
  const arbStep = fc.record({ actor: fc.constantFrom(...ACTORS), command: arbCommand, facts: arbFacts });
  const reachable = reachableStates();
  const budget = { runs: 2_000, minRuns: 400, seconds: 4 };

  it("never leaves the table, never skips a gate, and nobody approves their own proposal", async () => {
    await assertWithinBudget(
      fc.property(fc.array(arbStep, { minLength: 1, maxLength: 60 }), (steps) => {
        let state: WorkflowState = "reported";
        let pending: { id: string; transitionId: TransitionId; proposedById: string } | null = null;
        let counter = 0;
        for (const step of steps) {
          const command = step.command(pending?.id ?? null);
          const before = state;
          const outcome = decide({ state, pending, facts: step.facts }, command, step.actor);
          if (!outcome.ok) {
            continue; // a refusal changes nothing: the loop state stays as it was
          }
          if (outcome.kind === "proposed") {
            expect(command.kind).toBe("propose");
            expect(TRANSITIONS[outcome.transitionId].gated).toBe(true);
            pending = { id: `p${++counter}`, transitionId: outcome.transitionId, proposedById: step.actor.id };
            continue;
          }
          if (outcome.kind === "closedProposal") {
            pending = null;
            continue;
          }
          const spec = TRANSITIONS[outcome.transitionId];
          // The step is in the table, from the state the case was in.
          expect(spec.from).toContain(before);
          expect(outcome.to).toBe(spec.to);
          expect(reachable.has(outcome.to)).toBe(true);
          // Preconditions held at the moment of the step.
          for (const p of spec.requires) {
            if (p === "confirmedFinding") expect(step.facts.confirmedFindings).toBeGreaterThan(0);
            if (p === "proposedSanction") expect(step.facts.proposedSanctions).toBeGreaterThan(0);
            if (p === "appealOutcomesRecorded") expect(step.facts.decidedSanctionsWithoutAppealOutcome).toBe(0);
          }
          if (spec.gated) {
            // A gated step happens only as the approval of a pending proposal for exactly it,
            // by a regulator who did not propose it.
            expect(command.kind).toBe("approve");
            expect(pending?.transitionId).toBe(spec.id);
            expect(step.actor.role).toBe("regulator");
            expect(step.actor.id).not.toBe(pending?.proposedById);
          } else {
            expect(command.kind).toBe("take");
            expect(step.actor.role === "regulator" || (step.actor.role === "case_officer" && step.actor.assigned)).toBe(true);
          }
          state = outcome.to;
          pending = null;
        }
      }),
      budget,
    );
  }, timeoutFor(budget, 1, 10));

  it("a sequence of willing people can walk the whole main path to closed", () => {
    let state: WorkflowState = "reported";
    const path: TransitionId[] = ["openInspection", "issueFindings", "startLegalReview", "serveNotice", "referToCommittee", "decideSanctions", "recordAppeal", "closeAfterAppeal"];
    for (const id of path) {
      const s = snap(state);
      if (TRANSITIONS[id].gated) {
        expect(decide(s, { kind: "propose", transitionId: id }, OFFICER)).toMatchObject({ ok: true, kind: "proposed" });
        const outcome = decide({ ...s, pending: { id: "p", transitionId: id, proposedById: OFFICER.id } }, { kind: "approve", proposalId: "p" }, REGULATOR);
        if (!outcome.ok || outcome.kind !== "transitioned") throw new Error(`${id} refused`);
        state = outcome.to;
      } else {
        const outcome = decide(s, { kind: "take", transitionId: id }, OFFICER);
        if (!outcome.ok || outcome.kind !== "transitioned") throw new Error(`${id} refused`);
        state = outcome.to;
      }
    }
    expect(state).toBe("closed");
  });
});
