import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/permissions";
import { makeCase, makeUser, makeViewer } from "@/tests/support/factories";
import { routeExists } from "@/tests/support/route-exists";
import { scanDeadlines } from "./scan-deadlines";

const NOW = new Date("2027-08-01T03:00:00Z"); // 12:00 KST, 1 August
const DAY = 86_400_000;
let officer: Viewer;
let otherOfficer: Viewer;
let involved: Viewer;
let uninvolved: Viewer;

beforeAll(async () => {
  [officer, otherOfficer, involved, uninvolved] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("regulator"), makeViewer("regulator")]);
  await makeViewer("admin");
});
afterAll(() => prisma.$disconnect());

/** A case whose workflow `involved` moved, assigned to `officer`, with one running clock. */
async function caseWithClock(dueInDays: number, options: { stopped?: boolean; deleted?: boolean; regulator?: Viewer | null } = {}) {
  const incident = await makeCase({ assignTo: [officer.id] });
  const regulator = options.regulator === undefined ? involved : options.regulator;
  if (regulator) await prisma.stateTransition.create({ data: { incidentId: incident.id, fromState: "legal_review", toState: "notice_of_intent", actorId: regulator.id, reason: "Served." } });
  if (options.deleted) await prisma.incident.update({ where: { id: incident.id }, data: { deletedAt: NOW } });
  const clock = await prisma.caseClock.create({
    data: { incidentId: incident.id, kind: "reply_window", startsAt: new Date(NOW.getTime() - 10 * DAY), dueAt: new Date(NOW.getTime() + dueInDays * DAY), stoppedAt: options.stopped ? NOW : null },
  });
  return { incident, clock };
}

const clockNotes = (incidentId: string) => prisma.notification.findMany({ where: { incidentId, kind: "clock_due" }, orderBy: { recipientId: "asc" } });

describe("the deadline scan: clocks", () => {
  it("a clock due within N days tells the case's officers and the regulators who moved its workflow, once", async () => {
    const { incident, clock } = await caseWithClock(3);
    await scanDeadlines(NOW);
    const rows = await clockNotes(incident.id);
    expect(rows.map((r) => r.recipientId).sort()).toEqual([officer.id, involved.id].sort());
    expect(rows[0]).toMatchObject({ path: `/workspace/cases/${incident.slug}/workflow`, dedupeKey: `clock:${clock.id}:due_soon`, actorId: null, params: { clock: "reply_window", state: "due_soon" } });
    expect(routeExists(rows[0]!.path)).toBe(true);
    expect((rows[0]!.params as { dueOn: string }).dueOn).toBe("2027-08-04");
    expect(rows.map((r) => r.recipientId)).not.toContain(uninvolved.id);
    expect(rows.map((r) => r.recipientId)).not.toContain(otherOfficer.id);

    await scanDeadlines(new Date(NOW.getTime() + 3_600_000));
    expect(await clockNotes(incident.id)).toHaveLength(2);
  });

  it("an overdue clock tells them again, once, as overdue", async () => {
    const { incident, clock } = await caseWithClock(3);
    await scanDeadlines(NOW);
    const later = new Date(NOW.getTime() + 4 * DAY);
    await scanDeadlines(later);
    await scanDeadlines(new Date(later.getTime() + 3_600_000));
    const rows = await clockNotes(incident.id);
    expect(rows.map((r) => r.dedupeKey).sort()).toEqual([`clock:${clock.id}:due_soon`, `clock:${clock.id}:due_soon`, `clock:${clock.id}:overdue`, `clock:${clock.id}:overdue`]);
    expect(rows.filter((r) => r.dedupeKey?.endsWith("overdue")).map((r) => (r.params as { state: string }).state)).toEqual(["overdue", "overdue"]);
  });

  it("leaves alone clocks further off, stopped clocks and deleted cases", async () => {
    const far = await caseWithClock(30);
    const stopped = await caseWithClock(-2, { stopped: true });
    const deleted = await caseWithClock(-2, { deleted: true });
    await scanDeadlines(NOW);
    for (const { incident } of [far, stopped, deleted]) expect(await clockNotes(incident.id)).toEqual([]);
  });

  it("N is configurable: a wider window reaches the further clock", async () => {
    const far = await caseWithClock(30);
    await scanDeadlines(NOW, { clockDueDays: 31 });
    expect(await clockNotes(far.incident.id)).toHaveLength(2);
  });

  it("a case no regulator has moved yet tells every active regulator, so a deadline is never unheard", async () => {
    const { incident } = await caseWithClock(-1, { regulator: null });
    await makeUser("regulator", { active: false });
    await scanDeadlines(NOW);
    const regulators = (await prisma.user.findMany({ where: { role: "regulator", active: true }, select: { id: true } })).map((u) => u.id);
    expect((await clockNotes(incident.id)).map((r) => r.recipientId).sort()).toEqual([...regulators, officer.id].sort());
  });
});

describe("the deadline scan: tasks", () => {
  it("an open task due tomorrow (KST) tells its assignee once; other tasks tell nobody", async () => {
    const incident = await makeCase({ assignTo: [officer.id] });
    const task = (title: string, dueOn: string, extra: { status?: "open" | "done" | "cancelled"; deletedAt?: Date; assigneeId?: string | null } = {}) =>
      prisma.task.create({ data: { incidentId: incident.id, title, dueOn: new Date(`${dueOn}T00:00:00Z`), assigneeId: extra.assigneeId === undefined ? officer.id : extra.assigneeId, status: extra.status ?? "open", deletedAt: extra.deletedAt ?? null, createdById: involved.id } });
    const due = await task("SECRET task title", "2027-08-02");
    await task("later", "2027-08-03");
    await task("today", "2027-08-01");
    await task("done", "2027-08-02", { status: "done" });
    await task("cancelled", "2027-08-02", { status: "cancelled" });
    await task("deleted", "2027-08-02", { deletedAt: NOW });
    await task("nobody's", "2027-08-02", { assigneeId: null });
    await scanDeadlines(NOW);
    await scanDeadlines(new Date(NOW.getTime() + 3_600_000));
    const rows = await prisma.notification.findMany({ where: { incidentId: incident.id, kind: "task_due" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipientId: officer.id, path: `/workspace/cases/${incident.slug}/tasks/${due.id}`, params: { dueOn: "2027-08-02" } });
    expect(routeExists(rows[0]!.path)).toBe(true);
    expect(JSON.stringify(rows[0]!.params)).not.toContain("SECRET");
  });

  it("mails the assignee at once (task_due's default), in their language", async () => {
    const user = await makeUser("case_officer");
    await prisma.user.update({ where: { id: user.id }, data: { locale: "ko" } });
    const incident = await makeCase({ assignTo: [user.id] });
    await prisma.task.create({ data: { incidentId: incident.id, title: "x", dueOn: new Date("2027-08-02T00:00:00Z"), assigneeId: user.id } });
    await scanDeadlines(NOW);
    const mails = await prisma.mailMessage.findMany({ where: { recipientId: user.id } });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Casefile: 내일(2027-08-02)이 기한인 할 일이 있습니다");
  });
});
