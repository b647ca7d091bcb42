import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { workflowActions } from "@/lib/workflow/mutations";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { jurisdictionActions } from "./mutations";

let admin: Viewer;
let regulator: Viewer;
let regulator2: Viewer;

beforeAll(async () => {
  [admin, regulator, regulator2] = await Promise.all([makeViewer("admin"), makeViewer("regulator"), makeViewer("regulator")]);
});
afterAll(() => prisma.$disconnect());

/** A jurisdiction of this test's own, so editing its rules disturbs no other test. */
async function testJurisdiction(timeZone = "Asia/Seoul") {
  const code = `T${randomBytes(3).toString("hex").replace(/[0-9]/g, (d) => "ABCDEFGHIJ"[Number(d)]!).toUpperCase()}`;
  const created = await executeAction(admin, jurisdictionActions.create, { code, name: "Testland", nameKo: "테스트", timeZone });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return code;
}

const ruleOf = (code: string, kind: "reply_window" | "appeal_window" | "notification_duty") => prisma.clockRule.findUniqueOrThrow({ where: { jurisdictionCode_kind: { jurisdictionCode: code, kind } } });

async function setRule(code: string, kind: "reply_window" | "appeal_window" | "notification_duty", length: string, unit = "days") {
  const rule = await ruleOf(code, kind);
  const result = await executeAction(admin, jurisdictionActions.updateRule, { ruleId: rule.id, length, unit, legalReference: "Test Act, Art. 1", legalReferenceKo: "", version: rule.version });
  if (!result.ok) throw new Error(JSON.stringify(result));
}

/** A case at legal review in the jurisdiction, with what serving a notice needs, then served on 1 March 2025. */
async function serveNotice(code: string) {
  const incident = await makeCase();
  await prisma.incident.update({ where: { id: incident.id }, data: { workflowState: "legal_review", jurisdiction: code } });
  await prisma.finding.create({ data: { incidentId: incident.id, title: "Finding", body: "Established.", severity: "high", status: "confirmed" } });
  await prisma.sanction.create({ data: { incidentId: incident.id, type: "institutional_warning", subjectName: "Test Pay Co.", status: "proposed" } });
  const proposed = await executeAction(regulator, workflowActions.request, {
    incidentId: incident.id, expectedState: "legal_review", transition: "serveNotice", reason: "Ready.",
    legalReviewNote: "Breach.", legalArticles: "Test Act, Art. 1", noticeServedOn: "2025-03-01",
  });
  if (!proposed.ok || proposed.data.kind !== "proposed") throw new Error(JSON.stringify(proposed));
  const approved = await executeAction(regulator2, workflowActions.approve, { proposalId: proposed.data.proposalId });
  if (!approved.ok) throw new Error(JSON.stringify(approved));
  return incident.id;
}

describe("a rule is frozen into the clock when it starts", () => {
  it("changing the rule never changes a running clock; a clock started after the edit uses the new rule", async () => {
    const code = await testJurisdiction();
    await setRule(code, "reply_window", "10");
    const first = await serveNotice(code);
    const running = await prisma.caseClock.findFirstOrThrow({ where: { incidentId: first, kind: "reply_window" } });
    expect(running.dueAt.toISOString()).toBe("2025-03-11T15:00:00.000Z");
    expect(running).toMatchObject({ ruleJurisdiction: code, ruleLength: 10, ruleUnit: "days", ruleTimeZone: "Asia/Seoul" });

    await setRule(code, "reply_window", "20");
    const after = await prisma.caseClock.findUniqueOrThrow({ where: { id: running.id } });
    expect(after.dueAt.toISOString()).toBe("2025-03-11T15:00:00.000Z");
    expect(after.ruleLength).toBe(10);

    const second = await serveNotice(code);
    const later = await prisma.caseClock.findFirstOrThrow({ where: { incidentId: second, kind: "reply_window" } });
    expect(later.dueAt.toISOString()).toBe("2025-03-21T15:00:00.000Z");
    expect(later.ruleLength).toBe(20);
  });

  it("a window in hours, in another zone, runs from the start of the day there", async () => {
    const code = await testJurisdiction("Europe/Brussels");
    await setRule(code, "reply_window", "48", "hours");
    const incidentId = await serveNotice(code);
    const clock = await prisma.caseClock.findFirstOrThrow({ where: { incidentId, kind: "reply_window" } });
    expect(clock.startsAt.toISOString()).toBe("2025-02-28T23:00:00.000Z");
    expect(clock.dueAt.toISOString()).toBe("2025-03-02T23:00:00.000Z");
  });

  it("a kind with no length in the case's jurisdiction starts no clock; the step still happens", async () => {
    const code = await testJurisdiction();
    const incidentId = await serveNotice(code);
    expect((await prisma.incident.findUniqueOrThrow({ where: { id: incidentId } })).workflowState).toBe("notice_of_intent");
    expect(await prisma.caseClock.count({ where: { incidentId } })).toBe(0);
  });

  it("Korea's seeded rules are today's: 10 days, 90 days, 72 hours; the EU's reply and appeal windows are not set", async () => {
    expect(await ruleOf("KR", "reply_window")).toMatchObject({ length: 10, unit: "days" });
    expect(await ruleOf("KR", "appeal_window")).toMatchObject({ length: 90, unit: "days" });
    expect(await ruleOf("KR", "notification_duty")).toMatchObject({ length: 72, unit: "hours" });
    expect(await ruleOf("EU", "notification_duty")).toMatchObject({ length: 72, unit: "hours", legalReference: expect.stringContaining("Art. 33") });
    expect(await ruleOf("EU", "reply_window")).toMatchObject({ length: null });
    expect(await ruleOf("EU", "appeal_window")).toMatchObject({ length: null });
  });
});

describe("refusals write nothing", () => {
  it.each([
    ["zero", "0"],
    ["negative", "-5"],
    ["not a whole number", "2.5"],
    ["not a number", "ten"],
  ])("a length that is %s", async (_, length) => {
    const code = await testJurisdiction();
    const rule = await ruleOf(code, "reply_window");
    const result = await executeAction(admin, jurisdictionActions.updateRule, { ruleId: rule.id, length, unit: "days", version: rule.version });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { length: ["validation.clockRule.length"] } });
    expect(await ruleOf(code, "reply_window")).toEqual(rule);
    expect(await prisma.auditEvent.count({ where: { entityType: "clock_rule", entityId: `${code}:reply_window` } })).toBe(0);
  });

  it("an unknown unit", async () => {
    const code = await testJurisdiction();
    const rule = await ruleOf(code, "reply_window");
    const result = await executeAction(admin, jurisdictionActions.updateRule, { ruleId: rule.id, length: "3", unit: "weeks", version: rule.version });
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { unit: ["validation.clockRule.unit"] } });
    expect(await ruleOf(code, "reply_window")).toEqual(rule);
  });

  it("a stale version is a conflict naming what is stored; nothing is overwritten", async () => {
    const code = await testJurisdiction();
    await setRule(code, "appeal_window", "30");
    const rule = await ruleOf(code, "appeal_window");
    const result = await executeAction(admin, jurisdictionActions.updateRule, { ruleId: rule.id, length: "60", unit: "days", version: rule.version - 1 });
    expect(result).toMatchObject({ ok: false, error: "conflict", conflict: { current: { length: 30 } } });
    expect(await ruleOf(code, "appeal_window")).toEqual(rule);
  });

  it("only administrators edit rules or add jurisdictions; a regulator is refused", async () => {
    const rule = await ruleOf("KR", "reply_window");
    const edit = await executeAction(regulator, jurisdictionActions.updateRule, { ruleId: rule.id, length: "11", unit: "days", version: rule.version });
    expect(edit).toMatchObject({ ok: false, error: "forbidden" });
    const add = await executeAction(regulator, jurisdictionActions.create, { code: "ZZ", name: "Z", nameKo: "Z", timeZone: "UTC" });
    expect(add).toMatchObject({ ok: false, error: "forbidden" });
    expect(await ruleOf("KR", "reply_window")).toEqual(rule);
    expect(await prisma.jurisdiction.count({ where: { code: "ZZ" } })).toBe(0);
  });

  it("a taken code, a malformed code, an unknown time zone", async () => {
    const code = await testJurisdiction();
    const taken = await executeAction(admin, jurisdictionActions.create, { code, name: "Again", nameKo: "다시", timeZone: "UTC" });
    expect(taken).toMatchObject({ ok: false, fieldErrors: { code: ["validation.clockRule.codeTaken"] } });
    const bad = await executeAction(admin, jurisdictionActions.create, { code: "x1", name: "X", nameKo: "X", timeZone: "Mars/Olympus" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { code: ["validation.clockRule.code"], timeZone: ["validation.clockRule.timeZone"] } });
    expect(await prisma.jurisdiction.count({ where: { name: "Again" } })).toBe(0);
  });

  it("a rule edit is audited in the same transaction", async () => {
    const code = await testJurisdiction();
    await setRule(code, "reply_window", "14");
    const rule = await ruleOf(code, "reply_window");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "clock_rule.updated", entityId: `${code}:${rule.kind}` } });
    expect(audit).toMatchObject({ actorId: admin.id, before: { length: null }, after: { length: 14 } });
  });
});
