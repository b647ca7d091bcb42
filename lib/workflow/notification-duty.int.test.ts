import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { workflowActions } from "./mutations";

let officer: Viewer;
let outsider: Viewer;
let admin: Viewer;
beforeAll(async () => {
  [officer, outsider, admin] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("admin")]);
});
afterAll(() => prisma.$disconnect());

const record = (viewer: Viewer, input: Record<string, unknown>) => executeAction(viewer, workflowActions.recordNotification, input);
const clockOf = (incidentId: string) => prisma.caseClock.findFirst({ where: { incidentId, kind: "notification_duty" } });

describe("the duty to notify", () => {
  it("starts when the company became aware, from the jurisdiction's rule (KR: 72 hours), and stops when it notified; audited", async () => {
    const incident = await makeCase({ assignTo: [officer.id] });
    const started = await record(officer, { incidentId: incident.id, awareAt: "2025-03-01 09:30", notifiedAt: "" });
    expect(started).toMatchObject({ ok: true });
    const clock = (await clockOf(incident.id))!;
    expect(clock).toMatchObject({ ruleLength: 72, ruleUnit: "hours", ruleJurisdiction: "KR", stoppedAt: null });
    expect(clock.startsAt.toISOString()).toBe("2025-03-01T00:30:00.000Z");
    expect(clock.dueAt.toISOString()).toBe("2025-03-04T00:30:00.000Z");

    const notified = await record(officer, { incidentId: incident.id, awareAt: "2025-03-01 09:30", notifiedAt: "2025-03-05 10:00", version: clock.version });
    expect(notified).toMatchObject({ ok: true });
    const stopped = (await clockOf(incident.id))!;
    expect(stopped.stoppedAt?.toISOString()).toBe("2025-03-05T01:00:00.000Z");
    expect(stopped.version).toBe(clock.version + 1);
    expect(await prisma.auditEvent.count({ where: { incidentId: incident.id, action: "clock.notification_recorded" } })).toBe(2);
  });

  it("keeps the rule it started with when the moment of awareness is corrected", async () => {
    const incident = await makeCase({ assignTo: [officer.id] });
    await record(officer, { incidentId: incident.id, awareAt: "2025-03-01 09:30" });
    const clock = (await clockOf(incident.id))!;
    // A rule frozen at 72 hours, whatever the table says later: simulate an older frozen copy.
    await prisma.caseClock.update({ where: { id: clock.id }, data: { ruleLength: 24 } });
    await record(officer, { incidentId: incident.id, awareAt: "2025-03-02 09:30", version: clock.version });
    expect((await clockOf(incident.id))!.dueAt.toISOString()).toBe("2025-03-03T00:30:00.000Z");
  });

  it("refuses, writing nothing: a notification before awareness, no time at all, a stale version, an outsider, an administrator", async () => {
    const incident = await makeCase({ assignTo: [officer.id] });
    const before = await record(officer, { incidentId: incident.id, awareAt: "2025-03-05 10:00", notifiedAt: "2025-03-01 10:00" });
    expect(before).toMatchObject({ ok: false, error: "invalid", fieldErrors: { notifiedAt: ["validation.clockRule.notifiedBeforeAware"] } });
    const junk = await record(officer, { incidentId: incident.id, awareAt: "2025-02-30 10:00" });
    expect(junk).toMatchObject({ ok: false, error: "invalid", fieldErrors: { awareAt: ["validation.clockRule.instant"] } });
    expect(await record(outsider, { incidentId: incident.id, awareAt: "2025-03-01 10:00" })).toMatchObject({ ok: false, error: "not_found" });
    expect(await record(admin, { incidentId: incident.id, awareAt: "2025-03-01 10:00" })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await clockOf(incident.id)).toBeNull();

    await record(officer, { incidentId: incident.id, awareAt: "2025-03-01 10:00" });
    const clock = (await clockOf(incident.id))!;
    const stale = await record(officer, { incidentId: incident.id, awareAt: "2025-03-01 11:00", version: clock.version + 5 });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    const staleNew = await record(officer, { incidentId: incident.id, awareAt: "2025-03-01 11:00" });
    expect(staleNew).toMatchObject({ ok: false, error: "conflict" });
    expect(await clockOf(incident.id)).toEqual(clock);
  });

  it("refuses a moment still to come, writing nothing", async () => {
    const incident = await makeCase({ assignTo: [officer.id] });
    const audits = await prisma.auditEvent.count({ where: { incidentId: incident.id } });
    expect(await record(officer, { incidentId: incident.id, awareAt: "2999-01-01 09:00" })).toMatchObject({ ok: false, fieldErrors: { awareAt: ["validation.clockRule.future"] } });
    expect(await record(officer, { incidentId: incident.id, awareAt: "2025-03-01 09:30", notifiedAt: "2999-01-01 09:00" })).toMatchObject({
      ok: false,
      fieldErrors: { notifiedAt: ["validation.clockRule.future"] },
    });
    expect(await clockOf(incident.id)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { incidentId: incident.id } })).toBe(audits);
  });

  it("a jurisdiction with no notification rule has no clock to record", async () => {
    const incident = await makeCase({ assignTo: [officer.id] });
    await prisma.jurisdiction.upsert({ where: { code: "NORULE" }, update: {}, create: { code: "NORULE", name: "No rule", nameKo: "규칙 없음", timeZone: "UTC" } });
    await prisma.incident.update({ where: { id: incident.id }, data: { jurisdiction: "NORULE" } });
    const result = await record(officer, { incidentId: incident.id, awareAt: "2025-03-01 10:00" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { awareAt: ["validation.clockRule.noRule"] } });
    expect(await clockOf(incident.id)).toBeNull();
  });
});
