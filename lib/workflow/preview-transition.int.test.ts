import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import type { WorkflowState } from "@/lib/generated/prisma/enums";
import { sanctionActions } from "@/lib/sanctions/mutations";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { workflowActions } from "./mutations";
import { previewProposal } from "./preview-transition";

let regulator: Viewer;
let regulator2: Viewer;

beforeAll(async () => {
  [regulator, regulator2] = await Promise.all([makeViewer("regulator"), makeViewer("regulator")]);
});
afterAll(() => prisma.$disconnect());

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY + 9 * 3_600_000).toISOString().slice(0, 10);

async function caseAt(state: WorkflowState) {
  const incident = await makeCase({});
  await prisma.incident.update({ where: { id: incident.id }, data: { workflowState: state } });
  return incident.id;
}

async function propose(incidentId: string, input: Record<string, unknown>) {
  const proposed = await executeAction(regulator, workflowActions.request, { incidentId, reason: "Ready.", ...input });
  if (!proposed.ok || proposed.data.kind !== "proposed") throw new Error(`proposal refused: ${JSON.stringify(proposed)}`);
  return prisma.transitionProposal.findUniqueOrThrow({ where: { id: proposed.data.proposalId } });
}

async function approve(proposalId: string) {
  const approved = await executeAction(regulator2, workflowActions.approve, { proposalId });
  if (!approved.ok) throw new Error(`approval refused: ${JSON.stringify(approved)}`);
}

describe("what approving a proposal will change", () => {
  it("deciding sanctions: the state, the decided amounts, and the appeal clock due exactly when approval starts it", async () => {
    const incidentId = await caseAt("sanction_review");
    const fine = await executeAction(regulator, sanctionActions.create, { incidentId, type: "fine", subjectName: "Test Pay Co.", proposedAmount: "6,000,000,000", currency: "KRW", legalBasis: "CIUPA Art. 42-2" });
    if (!fine.ok) throw new Error(fine.message);
    const proposal = await propose(incidentId, {
      expectedState: "sanction_review",
      transition: "decideSanctions",
      decisionDate: isoDay(-1),
      decisionDocRefs: "FSC decision 2025-001",
      decisions: [{ sanctionId: fine.data.id, amount: "5,000,000,000", currency: "KRW" }],
    });

    const preview = await previewProposal(proposal);
    expect(preview).toMatchObject({
      ok: true,
      from: "sanction_review",
      to: "sanction_decided",
      terminal: false,
      stops: [],
      start: { kind: "appeal_window", length: 90, unit: "days", jurisdiction: "KR" },
      decisions: [{ sanctionId: fine.data.id, type: "fine", subjectName: "Test Pay Co.", money: { minor: 5_000_000_000n, currency: "KRW" } }],
      problem: null,
    });

    await approve(proposal.id);
    const clock = await prisma.caseClock.findFirstOrThrow({ where: { incidentId, kind: "appeal_window" } });
    expect(preview.ok && preview.start && "dueAt" in preview.start ? preview.start.dueAt : null).toEqual(clock.dueAt);
    expect(await prisma.sanction.findUniqueOrThrow({ where: { id: fine.data.id } })).toMatchObject({ status: "decided", amountMinor: 5_000_000_000n });
  });

  it("referring to the committee: the reply window it stops, with the lateness approval freezes", async () => {
    const incidentId = await caseAt("notice_of_intent");
    await prisma.sanction.create({ data: { incidentId, type: "institutional_warning", subjectName: "Test Pay Co.", status: "proposed" } });
    const clock = await prisma.caseClock.create({ data: { incidentId, kind: "reply_window", startsAt: new Date(Date.now() - 12 * DAY), dueAt: new Date(Date.now() - 2.5 * DAY) } });
    const proposal = await propose(incidentId, { expectedState: "notice_of_intent", transition: "referToCommittee", replyReceivedOn: isoDay(0), replySummary: "Disputed." });

    const preview = await previewProposal(proposal);
    expect(preview).toMatchObject({ ok: true, to: "sanction_review", start: null, decisions: [], stops: [{ kind: "reply_window", dueAt: clock.dueAt }] });
    await approve(proposal.id);
    const stopped = await prisma.caseClock.findUniqueOrThrow({ where: { id: clock.id } });
    expect(preview.ok ? preview.stops[0]?.lateDays : null).toBe(stopped.lateDays);
    expect(stopped.lateDays).toBeGreaterThan(0);
  });

  it("closing stops every running window; a jurisdiction without a rule starts no clock, and says so", async () => {
    const incidentId = await caseAt("sanction_decided");
    await prisma.caseClock.create({ data: { incidentId, kind: "appeal_window", startsAt: new Date(Date.now() - 100 * DAY), dueAt: new Date(Date.now() - 10 * DAY + 3_600_000) } });
    const closing = await propose(incidentId, { expectedState: "sanction_decided", transition: "closeAfterDecision", appealWaived: false, waiverRef: "" });
    expect(await previewProposal(closing)).toMatchObject({ ok: true, to: "closed", terminal: true, stops: [{ kind: "appeal_window", lateDays: 10 }] });

    const other = await caseAt("legal_review");
    await prisma.finding.create({ data: { incidentId: other, title: "F", body: "B", severity: "high", status: "confirmed" } });
    await prisma.sanction.create({ data: { incidentId: other, type: "institutional_warning", subjectName: "Test Pay Co.", status: "proposed" } });
    // The EU sets no length for the company's reply window.
    await prisma.incident.update({ where: { id: other }, data: { jurisdiction: "EU" } });
    const notice = await propose(other, { expectedState: "legal_review", transition: "serveNotice", legalReviewNote: "Breach.", legalArticles: "CIUPA Art. 32", noticeServedOn: isoDay(-1) });
    expect(await previewProposal(notice)).toMatchObject({ ok: true, to: "notice_of_intent", start: { kind: "reply_window", length: null } });
  });

  it("says when approving now would be refused, as the approval would say it", async () => {
    const incidentId = await caseAt("sanction_decided");
    const clock = await prisma.caseClock.create({ data: { incidentId, kind: "appeal_window", startsAt: new Date(Date.now() - 100 * DAY), dueAt: new Date(Date.now() - DAY) } });
    const closing = await propose(incidentId, { expectedState: "sanction_decided", transition: "closeAfterDecision", appealWaived: false, waiverRef: "" });
    // The window reopened meanwhile (a corrected date): approval would be refused now.
    await prisma.caseClock.update({ where: { id: clock.id }, data: { dueAt: new Date(Date.now() + 5 * DAY) } });
    expect(await previewProposal(closing)).toMatchObject({ ok: true, problem: expect.stringContaining("appeal window is still open") });
  });
});
