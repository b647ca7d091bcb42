import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import type { WorkflowState } from "@/lib/generated/prisma/enums";
import { sanctionActions } from "@/lib/sanctions/mutations";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { workflowActions } from "./mutations";

let officer: Viewer;
let outsider: Viewer;
let regulator: Viewer;
let regulator2: Viewer;

beforeAll(async () => {
  [officer, outsider, regulator, regulator2] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("regulator"), makeViewer("regulator")]);
});
afterAll(() => prisma.$disconnect());

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY + 9 * 3_600_000).toISOString().slice(0, 10);

async function caseAt(state: WorkflowState, options: { confirmedFindings?: number } = {}) {
  const incident = await makeCase({ assignTo: [officer.id] });
  await prisma.incident.update({ where: { id: incident.id }, data: { workflowState: state } });
  for (let i = 0; i < (options.confirmedFindings ?? 0); i++) {
    await prisma.finding.create({ data: { incidentId: incident.id, title: `Finding ${i}`, body: "Established.", severity: "high", status: "confirmed" } });
  }
  return incident.id;
}

const stateOf = async (incidentId: string) => (await prisma.incident.findUniqueOrThrow({ where: { id: incidentId } })).workflowState;
const request = (viewer: Viewer, input: Record<string, unknown>) => executeAction(viewer, workflowActions.request, input);

async function proposeAndApprove(incidentId: string, input: Record<string, unknown>, proposer = regulator, approver = regulator2) {
  const proposed = await request(proposer, { incidentId, reason: "Ready.", ...input });
  if (!proposed.ok || proposed.data.kind !== "proposed") throw new Error(`proposal refused: ${JSON.stringify(proposed)}`);
  const approved = await executeAction(approver, workflowActions.approve, { proposalId: proposed.data.proposalId });
  if (!approved.ok) throw new Error(`approval refused: ${JSON.stringify(approved)}`);
  return proposed.data.proposalId;
}

async function proposedFine(incidentId: string, amount = "6,000,000,000", currency = "KRW") {
  const result = await executeAction(regulator, sanctionActions.create, { incidentId, type: "fine", subjectName: "Test Pay Co.", proposedAmount: amount, currency, legalBasis: "Credit Information Act, Art. 42-2" });
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("taking and proposing steps", () => {
  it("an assigned officer takes an ungated step; it is recorded with its fields and audited", async () => {
    const incidentId = await caseAt("reported");
    const result = await request(officer, { incidentId, expectedState: "reported", transition: "openInspection", reason: "On-site inspection began.", inspectionStartedOn: isoDay(-3) });
    expect(result).toMatchObject({ ok: true, data: { kind: "transitioned", to: "under_inspection" } });
    expect(await stateOf(incidentId)).toBe("under_inspection");
    const transition = await prisma.stateTransition.findFirstOrThrow({ where: { incidentId } });
    expect(transition).toMatchObject({ fromState: "reported", toState: "under_inspection", actorId: officer.id, reason: "On-site inspection began.", details: { transition: "openInspection", inspectionStartedOn: isoDay(-3) } });
    expect(await prisma.auditEvent.count({ where: { incidentId, action: "workflow.transitioned" } })).toBe(1);
  });

  it("an officer not assigned to the case gets 'not found', and nothing changes", async () => {
    const incidentId = await caseAt("reported");
    const result = await request(outsider, { incidentId, expectedState: "reported", transition: "openInspection", reason: "x", inspectionStartedOn: isoDay(0) });
    expect(result).toMatchObject({ ok: false, error: "not_found" });
    expect(await stateOf(incidentId)).toBe("reported");
  });

  it("refuses an illegal step, a missing field and a stale state, and changes nothing", async () => {
    const incidentId = await caseAt("under_inspection", { confirmedFindings: 1 });
    const illegal = await request(regulator, { incidentId, expectedState: "under_inspection", transition: "recordAppeal", reason: "x", appealFiledOn: isoDay(0), appealForum: "Court" });
    expect(illegal).toMatchObject({ ok: false, error: "invalid", message: expect.stringContaining("not possible while the case is under inspection") });
    const missing = await request(regulator, { incidentId, expectedState: "under_inspection", transition: "issueFindings", reason: "" });
    expect(missing).toMatchObject({ ok: false, error: "invalid", fieldErrors: { reason: [expect.any(String)], findingsIssuedOn: [expect.any(String)] } });
    const stale = await request(regulator, { incidentId, expectedState: "reported", transition: "openInspection", reason: "x", inspectionStartedOn: isoDay(0) });
    expect(stale).toMatchObject({ ok: false, error: "conflict", message: expect.stringContaining("moved from reported to under inspection") });
    expect(await stateOf(incidentId)).toBe("under_inspection");
    expect(await prisma.stateTransition.count({ where: { incidentId } })).toBe(0);
    expect(await prisma.transitionProposal.count({ where: { incidentId } })).toBe(0);
  });

  it("a gated step without its precondition says what is missing, and no proposal is made", async () => {
    const incidentId = await caseAt("under_inspection");
    const result = await request(officer, { incidentId, expectedState: "under_inspection", transition: "issueFindings", reason: "Done.", findingsIssuedOn: isoDay(0) });
    expect(result).toMatchObject({ ok: false, error: "invalid", message: "Needs at least one confirmed finding." });
    expect(await prisma.transitionProposal.count({ where: { incidentId } })).toBe(0);
  });
});

describe("proposals and approvals", () => {
  it("an officer proposes; the officer cannot approve, the proposer cannot approve, a different regulator can", async () => {
    const incidentId = await caseAt("under_inspection", { confirmedFindings: 1 });
    const proposed = await request(officer, { incidentId, expectedState: "under_inspection", transition: "issueFindings", reason: "Findings ready.", findingsIssuedOn: isoDay(0) });
    expect(proposed).toMatchObject({ ok: true, data: { kind: "proposed" } });
    expect(await stateOf(incidentId)).toBe("under_inspection");
    const proposalId = proposed.ok && proposed.data.kind === "proposed" ? proposed.data.proposalId : "";

    expect(await executeAction(officer, workflowActions.approve, { proposalId })).toMatchObject({ ok: false, error: "forbidden" });
    const second = await request(regulator, { incidentId, expectedState: "under_inspection", transition: "dismiss", reason: "x" });
    expect(second).toMatchObject({ ok: false, error: "conflict", message: expect.stringContaining("already waiting for approval") });

    const approved = await executeAction(regulator, workflowActions.approve, { proposalId, note: "Agreed." });
    expect(approved).toMatchObject({ ok: true, data: { kind: "transitioned", to: "findings_issued" } });
    const transition = await prisma.stateTransition.findFirstOrThrow({ where: { incidentId } });
    expect(transition).toMatchObject({ proposalId, actorId: regulator.id, toState: "findings_issued", reason: "Findings ready." });
    const actions = (await prisma.auditEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["workflow.proposed", "workflow.proposal_approved", "workflow.transitioned"]);
  });

  it("nobody approves or rejects their own proposal", async () => {
    const incidentId = await caseAt("legal_review");
    const proposed = await request(regulator, { incidentId, expectedState: "legal_review", transition: "dismiss", reason: "No breach after all." });
    const proposalId = proposed.ok && proposed.data.kind === "proposed" ? proposed.data.proposalId : "";
    expect(await executeAction(regulator, workflowActions.approve, { proposalId })).toMatchObject({ ok: false, error: "forbidden", message: expect.stringContaining("You proposed this step") });
    expect(await executeAction(regulator, workflowActions.reject, { proposalId, note: "Changed my mind." })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(regulator2, workflowActions.reject, { proposalId, note: "" })).toMatchObject({ ok: false, error: "invalid", fieldErrors: { note: [expect.any(String)] } });
    expect(await executeAction(regulator2, workflowActions.reject, { proposalId, note: "The breach is established." })).toMatchObject({ ok: true, data: { status: "rejected" } });
    expect(await stateOf(incidentId)).toBe("legal_review");
    expect(await prisma.transitionProposal.findUniqueOrThrow({ where: { id: proposalId } })).toMatchObject({ status: "rejected", decidedById: regulator2.id, decisionNote: "The breach is established." });
  });

  it("two regulators approving at once: exactly one transition happens; the other is told", async () => {
    const incidentId = await caseAt("legal_review");
    const reviewer = await makeViewer("regulator");
    const proposed = await request(officer, { incidentId, expectedState: "legal_review", transition: "dismiss", reason: "No jurisdiction." });
    const proposalId = proposed.ok && proposed.data.kind === "proposed" ? proposed.data.proposalId : "";
    const results = await Promise.all([regulator, regulator2, reviewer].map((r) => executeAction(r, workflowActions.approve, { proposalId })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual(Array(2).fill(expect.objectContaining({ ok: false, error: "conflict" })));
    expect(await prisma.stateTransition.count({ where: { incidentId } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { incidentId, action: "workflow.transitioned" } })).toBe(1);
  });

  it("two people taking different steps from the same state at once: one wins, the other sees the state moved", async () => {
    const incidentId = await caseAt("sanction_decided");
    await prisma.caseClock.create({ data: { incidentId, kind: "appeal_window", startsAt: new Date(), dueAt: new Date(Date.now() + 90 * DAY) } });
    const results = await Promise.all([
      request(officer, { incidentId, expectedState: "sanction_decided", transition: "recordAppeal", reason: "Appeal filed.", appealFiledOn: isoDay(0), appealForum: "Seoul Administrative Court" }),
      request(regulator, { incidentId, expectedState: "sanction_decided", transition: "recordAppeal", reason: "Appeal filed too.", appealFiledOn: isoDay(0), appealForum: "Seoul Administrative Court" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: "conflict", conflict: { current: { workflowState: "appealed" } } });
    expect(await prisma.stateTransition.count({ where: { incidentId } })).toBe(1);
  });
});

describe("clocks", () => {
  it("a notice starts the reply window; referring before it ends needs the reply; lateness is frozen", async () => {
    const incidentId = await caseAt("legal_review", { confirmedFindings: 1 });
    await proposedFine(incidentId);
    await proposeAndApprove(incidentId, {
      expectedState: "legal_review",
      transition: "serveNotice",
      legalReviewNote: "Provision without consent breaches the Act.",
      legalArticles: "Credit Information Act, Art. 32",
      noticeServedOn: isoDay(-12),
    });
    const clock = await prisma.caseClock.findFirstOrThrow({ where: { incidentId, kind: "reply_window" } });
    expect(clock.stoppedAt).toBeNull();
    // Served 12 days ago with a 10-day window: the window ended yesterday, at midnight Seoul time.
    expect(clock.dueAt.toISOString().slice(0, 10)).toBe(isoDay(-2));
    expect(clock.dueAt < new Date()).toBe(true);

    await proposeAndApprove(incidentId, { expectedState: "notice_of_intent", transition: "referToCommittee", replyReceivedOn: isoDay(0), replySummary: "The company disputes the findings." });
    const stopped = await prisma.caseClock.findUniqueOrThrow({ where: { id: clock.id } });
    expect(stopped.stoppedAt).not.toBeNull();
    expect(stopped.lateDays).toBe(2);
    const transition = await prisma.stateTransition.findFirstOrThrow({ where: { incidentId, toState: "sanction_review" } });
    expect(transition.details).toMatchObject({ lateness: [{ kind: "reply_window", lateDays: 2 }] });
  });

  it("refuses to refer a case to the committee while the company may still reply", async () => {
    const incidentId = await caseAt("notice_of_intent");
    await prisma.caseClock.create({ data: { incidentId, kind: "reply_window", startsAt: new Date(), dueAt: new Date(Date.now() + 5 * DAY) } });
    await prisma.sanction.create({ data: { incidentId, type: "institutional_warning", subjectName: "Test Pay Co.", status: "proposed" } });
    const result = await request(officer, { incidentId, expectedState: "notice_of_intent", transition: "referToCommittee", reason: "Move on." });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { replyReceivedOn: [expect.stringContaining("may still reply until")] } });
    expect(await prisma.transitionProposal.count({ where: { incidentId } })).toBe(0);
  });
});

describe("sanctions", () => {
  it("a decision fixes the amounts; an appeal that reduces a fine is a new version, and the old amount stays", async () => {
    const incidentId = await caseAt("sanction_review");
    const fine = await proposedFine(incidentId, "6,000,000,000");
    const decisionDate = isoDay(-1);
    await proposeAndApprove(incidentId, {
      expectedState: "sanction_review",
      transition: "decideSanctions",
      decisionDate,
      decisionDocRefs: "FSC decision 2025-001",
      decisions: [{ sanctionId: fine.id, amount: "5,000,000,000", currency: "KRW" }],
    });
    const decided = await prisma.sanction.findUniqueOrThrow({ where: { id: fine.id } });
    expect(decided).toMatchObject({ status: "decided", amountMinor: 5_000_000_000n, proposedAmountMinor: 6_000_000_000n, currency: "KRW", decisionDocRefs: ["FSC decision 2025-001"] });
    expect(await prisma.caseClock.findFirst({ where: { incidentId, kind: "appeal_window", stoppedAt: null } })).not.toBeNull();

    // The database itself refuses to overwrite a decided fine.
    await expect(prisma.sanction.update({ where: { id: fine.id }, data: { amountMinor: 1n } })).rejects.toThrow();
    await expect(prisma.sanction.delete({ where: { id: fine.id } })).rejects.toThrow();

    const early = await executeAction(regulator, sanctionActions.recordAppealOutcome, { sanctionId: fine.id, version: decided.version, outcome: "reduced", amount: "1", currency: "KRW", decidedOn: isoDay(0), docRefs: "Judgment" });
    expect(early).toMatchObject({ ok: false, error: "invalid", message: expect.stringContaining("under appeal") });

    await request(officer, { incidentId, expectedState: "sanction_decided", transition: "recordAppeal", reason: "The company appealed.", appealFiledOn: isoDay(0), appealForum: "Seoul Administrative Court" });
    const closeEarly = await request(regulator, { incidentId, expectedState: "appealed", transition: "closeAfterAppeal", reason: "Done." });
    expect(closeEarly).toMatchObject({ ok: false, error: "invalid", message: "Needs the appeal outcome of every decided sanction." });

    const higher = await executeAction(regulator, sanctionActions.recordAppealOutcome, { sanctionId: fine.id, version: decided.version, outcome: "reduced", amount: "7,000,000,000", currency: "KRW", decidedOn: isoDay(0), docRefs: "Judgment" });
    expect(higher).toMatchObject({ ok: false, fieldErrors: { amount: [expect.stringContaining("less than")] } });
    const reduced = await executeAction(regulator, sanctionActions.recordAppealOutcome, { sanctionId: fine.id, version: decided.version, outcome: "reduced", amount: "3,000,000,000", currency: "KRW", decidedOn: isoDay(0), docRefs: "Seoul Administrative Court 2025Guhap1234" });
    expect(reduced).toMatchObject({ ok: true, data: { status: "decided", amountMinor: 3_000_000_000n, currency: "KRW", appealOutcome: "reduced", supersedesId: fine.id } });
    expect(await prisma.sanction.findUniqueOrThrow({ where: { id: fine.id } })).toMatchObject({ status: "superseded", amountMinor: 5_000_000_000n });

    await proposeAndApprove(incidentId, { expectedState: "appealed", transition: "closeAfterAppeal", reason: "The judgment is final.", judgmentRefs: "" });
    expect(await prisma.incident.findUniqueOrThrow({ where: { id: incidentId } })).toMatchObject({ workflowState: "closed", closedAt: expect.any(Date) });
  });

  it("a decision must cover exactly the sanctions proposed now", async () => {
    const incidentId = await caseAt("sanction_review");
    const fine = await proposedFine(incidentId);
    const warning = await executeAction(regulator, sanctionActions.create, { incidentId, type: "institutional_warning", subjectName: "Test Pay Co.", legalBasis: "" });
    expect(warning.ok).toBe(true);
    const result = await request(regulator, { incidentId, expectedState: "sanction_review", transition: "decideSanctions", reason: "Decided.", decisionDate: isoDay(0), decisionDocRefs: "Doc", decisions: [{ sanctionId: fine.id, amount: "1", currency: "KRW" }] });
    expect(result).toMatchObject({ ok: false, error: "conflict", message: expect.stringContaining("proposed sanctions changed") });
  });

  it("only regulators propose sanctions, and a fine needs an amount", async () => {
    const incidentId = await caseAt("legal_review");
    expect(await executeAction(officer, sanctionActions.create, { incidentId, type: "fine", subjectName: "X", proposedAmount: "1", legalBasis: "" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(regulator, sanctionActions.create, { incidentId, type: "fine", subjectName: "X", proposedAmount: "", legalBasis: "" })).toMatchObject({
      ok: false,
      fieldErrors: { proposedAmount: [expect.stringContaining("proposed amount")] },
    });
  });

  it("a fine keeps its currency: exact cents, refused codes and decimals, and no mixing on decision or appeal", async () => {
    const incidentId = await caseAt("sanction_review");
    const sanctionsNow = () => prisma.sanction.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } });
    const create = (fields: Record<string, unknown>) => executeAction(regulator, sanctionActions.create, { incidentId, type: "fine", subjectName: "Test Pay Co.", legalBasis: "GDPR Art. 83", ...fields });
    expect(await create({ proposedAmount: "1000", currency: "XYZ" })).toMatchObject({ ok: false, fieldErrors: { currency: ["validation.money.unknownCurrency"] } });
    expect(await create({ proposedAmount: "1000.005", currency: "EUR" })).toMatchObject({ ok: false, fieldErrors: { proposedAmount: ["validation.money.tooManyDecimals"] } });
    expect(await create({ proposedAmount: "1000.5", currency: "KRW" })).toMatchObject({ ok: false, fieldErrors: { proposedAmount: ["validation.money.noDecimals"] } });
    expect(await sanctionsNow()).toEqual([]);

    const fine = await proposedFine(incidentId, "90,071,992,547,409.93", "eur");
    expect(fine).toMatchObject({ proposedAmountMinor: 9_007_199_254_740_993n, currency: "EUR" });

    const wrongCurrency = await request(regulator, { incidentId, expectedState: "sanction_review", transition: "decideSanctions", reason: "Decided.", decisionDate: isoDay(-1), decisionDocRefs: "Doc", decisions: [{ sanctionId: fine.id, amount: "5000", currency: "KRW" }] });
    expect(wrongCurrency).toMatchObject({ ok: false, fieldErrors: { decisions: ["validation.money.otherCurrency"] } });
    expect(await prisma.transitionProposal.count({ where: { incidentId } })).toBe(0);

    await proposeAndApprove(incidentId, { expectedState: "sanction_review", transition: "decideSanctions", decisionDate: isoDay(-1), decisionDocRefs: "Doc", decisions: [{ sanctionId: fine.id, amount: "50,000,000.01", currency: "EUR" }] });
    expect(await prisma.sanction.findUniqueOrThrow({ where: { id: fine.id } })).toMatchObject({ status: "decided", amountMinor: 5_000_000_001n, currency: "EUR" });

    await request(officer, { incidentId, expectedState: "sanction_decided", transition: "recordAppeal", reason: "Appealed.", appealFiledOn: isoDay(0), appealForum: "Court" });
    const decided = await prisma.sanction.findUniqueOrThrow({ where: { id: fine.id } });
    const appeal = (fields: Record<string, unknown>) => executeAction(regulator, sanctionActions.recordAppealOutcome, { sanctionId: fine.id, version: decided.version, outcome: "reduced", decidedOn: isoDay(0), docRefs: "Judgment", ...fields });
    expect(await appeal({ amount: "1000", currency: "KRW" })).toMatchObject({ ok: false, fieldErrors: { currency: ["validation.money.otherCurrency"] } });
    expect(await appeal({ amount: "1000.001", currency: "EUR" })).toMatchObject({ ok: false, fieldErrors: { amount: ["validation.money.tooManyDecimals"] } });
    expect(await sanctionsNow()).toHaveLength(1);
    expect(await appeal({ amount: "25,000,000.5", currency: "EUR" })).toMatchObject({ ok: true, data: { amountMinor: 2_500_000_050n, currency: "EUR", supersedesId: fine.id } });
  });
});
