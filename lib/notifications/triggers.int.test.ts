// The notifications that changes already on main cause: who is told, and no one else.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { sectionAt } from "@/lib/cases/sections";
import { assignOfficer } from "@/lib/users/mutations";
import { workflowActions } from "@/lib/workflow/mutations";
import { publishingActions } from "@/lib/publishing/mutations";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { makeCase, makeUser, makeViewer } from "@/tests/support/factories";
import { routeExists } from "@/tests/support/route-exists";

let admin: Viewer;
let officer: Viewer;
let regulator: Viewer;
let regulator2: Viewer;

beforeAll(async () => {
  [admin, officer, regulator, regulator2] = await Promise.all([makeViewer("admin"), makeViewer("case_officer"), makeViewer("regulator"), makeViewer("regulator")]);
  // An inactive regulator, who must never be told anything.
  await makeUser("regulator", { active: false });
});
afterAll(() => prisma.$disconnect());

const told = async (incidentId: string, kind: NotificationKind) =>
  (await prisma.notification.findMany({ where: { incidentId, kind }, select: { recipientId: true, path: true, params: true, actorId: true } })).sort((a, b) => a.recipientId.localeCompare(b.recipientId));
const ids = (rows: { recipientId: string }[]) => rows.map((r) => r.recipientId).sort();
const activeRegulatorsExcept = async (except: string) => (await prisma.user.findMany({ where: { role: "regulator", active: true, id: { not: except } }, select: { id: true } })).map((u) => u.id).sort();

function expectRealPage(path: string, section: string) {
  expect(routeExists(path), path).toBe(true);
  expect(sectionAt(section), section).toBeDefined();
}

async function caseReadyForFindings() {
  const incident = await makeCase({ assignTo: [officer.id] });
  await prisma.incident.update({ where: { id: incident.id }, data: { workflowState: "under_inspection" } });
  await prisma.finding.create({ data: { incidentId: incident.id, title: "Finding", body: "Established.", severity: "high", status: "confirmed" } });
  return incident;
}

const proposeFindings = (viewer: Viewer, incidentId: string) =>
  executeAction(viewer, workflowActions.request, { incidentId, expectedState: "under_inspection", transition: "issueFindings", reason: "Secret reasoning.", findingsIssuedOn: "2026-11-30" });

describe("case assignment", () => {
  it("tells the assigned officer, and no one else, with a link to the case", async () => {
    const incident = await makeCase();
    await assignOfficer(admin, { userId: officer.id, incidentId: incident.id });
    const rows = await told(incident.id, "case_assigned");
    expect(ids(rows)).toEqual([officer.id]);
    expect(rows[0]).toMatchObject({ path: `/workspace/cases/${incident.slug}`, actorId: admin.id });
    expect(routeExists(rows[0]!.path)).toBe(true);
    // Assigning again changes nothing and tells nobody twice.
    await assignOfficer(admin, { userId: officer.id, incidentId: incident.id });
    expect(await told(incident.id, "case_assigned")).toHaveLength(1);
  });
});

describe("workflow proposals", () => {
  it("a proposal waits for every active regulator but the proposer; approval tells the proposer", async () => {
    const incident = await caseReadyForFindings();
    const proposed = await proposeFindings(regulator, incident.id);
    expect(proposed).toMatchObject({ ok: true, data: { kind: "proposed" } });
    const waiting = await told(incident.id, "proposal_waiting");
    expect(ids(waiting)).toEqual(await activeRegulatorsExcept(regulator.id));
    expect(ids(waiting)).not.toContain(officer.id);
    expect(ids(waiting)).not.toContain(admin.id);
    expect(waiting[0]).toMatchObject({ path: `/workspace/cases/${incident.slug}/workflow`, params: { subject: "workflow" } });
    expectRealPage(waiting[0]!.path, "workflow");

    if (!proposed.ok || proposed.data.kind !== "proposed") throw new Error("not proposed");
    expect(await executeAction(regulator2, workflowActions.approve, { proposalId: proposed.data.proposalId })).toMatchObject({ ok: true });
    const decided = await told(incident.id, "proposal_decided");
    expect(ids(decided)).toEqual([regulator.id]);
    expect(decided[0]).toMatchObject({ actorId: regulator2.id, params: { subject: "workflow", outcome: "approved" }, path: `/workspace/cases/${incident.slug}/workflow` });
  });

  it("an officer's proposal waits for every active regulator; a rejection tells the officer", async () => {
    const incident = await caseReadyForFindings();
    const proposed = await proposeFindings(officer, incident.id);
    if (!proposed.ok || proposed.data.kind !== "proposed") throw new Error(`not proposed: ${JSON.stringify(proposed)}`);
    expect(ids(await told(incident.id, "proposal_waiting"))).toEqual(await activeRegulatorsExcept(officer.id));
    expect(await executeAction(regulator, workflowActions.reject, { proposalId: proposed.data.proposalId, note: "Not yet." })).toMatchObject({ ok: true });
    const decided = await told(incident.id, "proposal_decided");
    expect(ids(decided)).toEqual([officer.id]);
    expect(decided[0]).toMatchObject({ params: { outcome: "rejected" } });
  });

  it("a withdrawn proposal tells nobody it was decided", async () => {
    const incident = await caseReadyForFindings();
    const proposed = await proposeFindings(regulator, incident.id);
    if (!proposed.ok || proposed.data.kind !== "proposed") throw new Error("not proposed");
    expect(await executeAction(regulator, workflowActions.withdraw, { proposalId: proposed.data.proposalId })).toMatchObject({ ok: true });
    expect(await told(incident.id, "proposal_decided")).toEqual([]);
  });
});

describe("publication proposals", () => {
  it("waits for every active regulator but the proposer; approval and rejection tell the proposer", async () => {
    const incident = await makeCase({ assignTo: [officer.id] });
    const propose = async () => executeAction(regulator, publishingActions.propose, { incidentId: incident.id, selection: await defaultSelection(prisma, incident.id) });
    expect(await propose()).toMatchObject({ ok: true });
    const waiting = await told(incident.id, "proposal_waiting");
    expect(ids(waiting)).toEqual(await activeRegulatorsExcept(regulator.id));
    expect(waiting[0]).toMatchObject({ path: `/workspace/cases/${incident.slug}/publish`, params: { subject: "publication" } });
    expectRealPage(waiting[0]!.path, "publish");

    const first = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id, status: "proposed" } });
    expect(await executeAction(regulator2, publishingActions.reject, { versionId: first.id, note: "Not yet." })).toMatchObject({ ok: true });
    expect(await told(incident.id, "proposal_decided")).toMatchObject([{ recipientId: regulator.id, params: { subject: "publication", outcome: "rejected" } }]);

    expect(await propose()).toMatchObject({ ok: true });
    const second = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id, status: "proposed" } });
    expect(await executeAction(regulator2, publishingActions.approve, { versionId: second.id })).toMatchObject({ ok: true });
    const decided = await told(incident.id, "proposal_decided");
    expect(ids(decided)).toEqual([regulator.id, regulator.id]);
    expect(decided.map((d) => (d.params as { outcome: string }).outcome).sort()).toEqual(["approved", "rejected"]);
  });
});

describe("a refused change tells nobody", () => {
  it("a proposal refused by the machine writes no notification", async () => {
    const incident = await makeCase({ assignTo: [officer.id] });
    await prisma.incident.update({ where: { id: incident.id }, data: { workflowState: "under_inspection" } });
    expect(await proposeFindings(regulator, incident.id)).toMatchObject({ ok: false });
    expect(await prisma.notification.count({ where: { incidentId: incident.id } })).toBe(0);
  });
});
