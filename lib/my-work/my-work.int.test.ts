// What My work lists for whom, and the header badge's count: proposals waiting for a second
// person, tasks, deadlines, mentions and recent changes, never from a case the viewer may not see.
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditTranslator } from "@/lib/audit/describe-audit-event";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { loadAuthorityDeadlines } from "./authority-deadlines";
import { countNeedsMe } from "./count-needs-me";
import { loadMyWork } from "./load-my-work";
import messages from "@/lib/i18n/messages/en.json";

const DAY = 86_400_000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const ahead = (days: number) => new Date(now.getTime() + days * DAY);
const day = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
// The Seoul day, as the app counts "today" for tasks.
const seoulDay = (offsetDays: number) => day(new Date(now.getTime() + 9 * 3_600_000 + offsetDays * DAY));

let reg1: Viewer, reg2: Viewer, officer: Viewer;
let caseA: { id: string; slug: string }, caseB: { id: string; slug: string }, gone: { id: string; slug: string }, idle: { id: string; slug: string };
const ids: Record<string, string> = {};
let reg2Before = 0;

const proposal = (incidentId: string, by: string, createdAt: Date) =>
  prisma.transitionProposal.create({ data: { incidentId, fromState: "reported", toState: "under_inspection", reason: "Open it.", details: { transition: "openInspection" }, proposedById: by, createdAt } });

beforeAll(async () => {
  [reg1, reg2, officer] = await Promise.all([makeViewer("regulator"), makeViewer("regulator"), makeViewer("case_officer")]);
  reg2Before = await countNeedsMe(reg2);
  caseA = await makeCase({ assignTo: [officer.id, reg2.id] });
  caseB = await makeCase();
  gone = await makeCase({ assignTo: [officer.id] });
  idle = await makeCase();
  await prisma.incident.update({ where: { id: gone.id }, data: { deletedAt: now } });
  await prisma.incident.update({ where: { id: idle.id }, data: { openedAt: ago(400) } });
  await prisma.incident.update({ where: { id: caseA.id }, data: { openedAt: ago(400) } });

  ids.p1 = (await proposal(caseA.id, reg1.id, new Date("2000-01-01T00:00:00Z"))).id;
  ids.p2 = (await proposal(caseB.id, reg2.id, new Date("2000-01-02T00:00:00Z"))).id;
  ids.pGone = (await proposal(gone.id, reg1.id, new Date("2000-01-01T00:00:00Z"))).id;
  ids.v1 = (await prisma.publicationVersion.create({ data: { incidentId: caseB.id, number: 1, snapshot: {}, proposedById: reg1.id, createdAt: new Date("2000-01-03T00:00:00Z") } })).id;

  const task = (title: string, incidentId: string, dueOn: Date | null, extra: object = {}) =>
    prisma.task.create({ data: { incidentId, title, assigneeId: officer.id, dueOn, ...extra } }).then((t) => t.id);
  ids.tOverdue = await task("Call the company", caseA.id, seoulDay(-1));
  ids.tToday = await task("Draft the notice", caseA.id, seoulDay(0));
  ids.tLater = await task("Read the reply", caseA.id, seoulDay(5));
  ids.tDone = await task("Done already", caseA.id, seoulDay(-3), { status: "done" });
  ids.tDeleted = await task("Deleted", caseA.id, seoulDay(-3), { deletedAt: now });
  ids.tHidden = await task("On a case not assigned", caseB.id, seoulDay(-3));
  ids.tGone = await task("On a deleted case", gone.id, seoulDay(-3));

  const clock = (incidentId: string, dueAt: Date, extra: object = {}) => prisma.caseClock.create({ data: { incidentId, kind: "reply_window", startsAt: ago(30), dueAt, ...extra } }).then((c) => c.id);
  ids.cOverdue = await clock(caseA.id, new Date("2001-01-01T00:00:00Z"));
  ids.cSoonB = await clock(caseB.id, ahead(3));
  ids.cLaterB = await clock(caseB.id, ahead(30), { kind: "appeal_window" });
  ids.cStopped = await clock(caseA.id, new Date("2001-01-01T00:00:00Z"), { kind: "appeal_window", stoppedAt: ago(1) });

  const comment = (incidentId: string, authorId: string) => prisma.comment.create({ data: { incidentId, authorId, body: "Please look, @officer." } }).then((c) => c.id);
  ids.mUnread = await comment(caseA.id, reg1.id);
  ids.mRead = await comment(caseA.id, reg1.id);
  ids.mHidden = await comment(caseB.id, reg1.id);
  await prisma.commentMention.createMany({
    data: [
      { commentId: ids.mUnread, userId: officer.id, createdAt: ago(2) },
      { commentId: ids.mRead, userId: officer.id, createdAt: ago(1) },
      { commentId: ids.mHidden, userId: officer.id, createdAt: ago(1) },
    ],
  });
  const note = (commentId: string, incidentId: string, readAt: Date | null) =>
    prisma.notification.create({ data: { recipientId: officer.id, kind: "mention", incidentId, path: `/workspace/cases/x#comment-${commentId}`, params: { commentId }, readAt } });
  await note(ids.mUnread, caseA.id, null);
  await note(ids.mRead, caseA.id, ago(1));
  await note(ids.mHidden, caseB.id, null);

  const audit = (actorId: string | null, occurredAt: Date, incidentId = caseA.id) =>
    prisma.auditEvent.create({ data: { actorId, actorLabel: actorId ?? "system", action: "incident.updated", entityType: "incident", entityId: incidentId, incidentId, after: { title: "New title" }, occurredAt } });
  await audit(reg1.id, ago(1));
  await audit(officer.id, ago(1));
  await audit(reg1.id, ago(10));
});
afterAll(() => prisma.$disconnect());

const t = createTranslator({ locale: "en", messages });
const translate: AuditTranslator = Object.assign((key: string, values?: Record<string, string | number>) => (t as (k: string, v?: Record<string, string | number>) => string)(key, values), { has: (key: string) => (t as unknown as { has: (k: string) => boolean }).has(key) });
const load = (viewer: Viewer) => loadMyWork(viewer, { locale: "en", translate, now, limit: 500 });

describe("proposals waiting for my approval", () => {
  it("lists other people's proposals on cases I may see, oldest first, never my own", async () => {
    const reg2Work = await load(reg2);
    const mine = reg2Work.approvals.items.filter((a) => [ids.p1, ids.p2, ids.v1, ids.pGone].includes(a.id));
    expect(mine.map((a) => a.id)).toEqual([ids.p1, ids.v1]);
    expect(mine[0]).toMatchObject({ kind: "workflow", transitionId: "openInspection", path: `/workspace/cases/${caseA.slug}/workflow#wf-pending` });
    expect(mine[1]).toMatchObject({ kind: "publication", versionNumber: 1, path: `/workspace/cases/${caseB.slug}/publish#pub-pending` });
    const reg1Ids = (await load(reg1)).approvals.items.map((a) => a.id);
    expect(reg1Ids).toContain(ids.p2);
    expect(reg1Ids).not.toContain(ids.p1);
    expect(reg1Ids).not.toContain(ids.v1);
  });

  it("lists none for an officer, who may not decide", async () => {
    expect((await load(officer)).approvals).toEqual({ items: [], total: 0 });
  });
});

describe("my tasks", () => {
  it("lists my open tasks on cases I may see by due day, the overdue one marked", async () => {
    const { tasks } = await load(officer);
    expect(tasks.items.map((t) => t.id)).toEqual([ids.tOverdue, ids.tToday, ids.tLater]);
    expect(tasks.items.map((t) => [t.overdue, t.dueToday])).toEqual([[true, false], [false, true], [false, false]]);
    expect(tasks.items[0]?.path).toBe(`/workspace/cases/${caseA.slug}/tasks/${ids.tOverdue}`);
  });
});

describe("deadlines", () => {
  it("for an officer: running clocks on the cases assigned to them, overdue or due within 7 days", async () => {
    const { deadlines } = await load(officer);
    expect(deadlines.items.map((d) => d.id)).toEqual([ids.cOverdue]);
    expect(deadlines.items[0]?.overdue).toBe(true);
  });

  it("for a regulator: the same on every case they may see", async () => {
    const found = (await load(reg1)).deadlines.items.map((d) => d.id);
    expect(found).toEqual(expect.arrayContaining([ids.cOverdue, ids.cSoonB]));
    expect(found).not.toContain(ids.cLaterB);
    expect(found).not.toContain(ids.cStopped);
  });
});

describe("mentions", () => {
  it("lists mentions on cases I may see, unread first", async () => {
    const { mentions } = await load(officer);
    expect(mentions.map((m) => [m.commentId, m.unread])).toEqual([
      [ids.mUnread, true],
      [ids.mRead, false],
    ]);
    expect(mentions[0]?.path).toBe(`/workspace/cases/${caseA.slug}#comment-${ids.mUnread}`);
  });
});

describe("recent changes", () => {
  it("lists what others did on my cases in the last 7 days, worded by the audit trail", async () => {
    const { changes } = await load(officer);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.headline).toMatch(/.+/);
    expect(changes[0]?.case?.slug).toBe(caseA.slug);
    expect((await load(reg1)).changes).toEqual([]);
  });
});

describe("the authority's own deadlines", () => {
  it("lists proposals waiting longer than N days and open cases idle for N days, among cases I may see", async () => {
    const authority = await loadAuthorityDeadlines(reg1, { now, staleDays: 3, idleDays: 30, limit: 10_000 });
    const stale = authority.stale.items.map((s) => s.id);
    expect(stale).toEqual(expect.arrayContaining([ids.p1, ids.p2, ids.v1]));
    expect(stale).not.toContain(ids.pGone);
    const idleSlugs = authority.idle.items.map((c) => c.slug);
    expect(idleSlugs).toContain(idle.slug);
    expect(idleSlugs).not.toContain(caseA.slug);
    const officers = await loadAuthorityDeadlines(officer, { now, staleDays: 3, idleDays: 30, limit: 10_000 });
    expect(officers.stale.items.map((s) => s.id)).toEqual([ids.p1]);
    expect(officers.idle.items).toEqual([]);
  });
});

describe("the header badge", () => {
  it("counts my overdue and due-today tasks and my unread mentions, on cases I may see", async () => {
    expect(await countNeedsMe(officer, now)).toBe(3);
  });

  it("counts proposals waiting for me, not my own", async () => {
    expect(await countNeedsMe(reg2, now)).toBe(reg2Before + 2);
  });
});
