// The inbox: my notifications only, newest first in keyset pages, none about a case I may no
// longer see; marking read touches only my own rows and writes no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { countUnread, listInbox } from "./list-inbox";
import { inboxActions } from "./mutations";

let officer: Viewer, other: Viewer;
const mine: string[] = [];
let hiddenId = "";
let othersId = "";

beforeAll(async () => {
  [officer, other] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer")]);
  const assigned = await makeCase({ assignTo: [officer.id] });
  const notAssigned = await makeCase();
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 12, minutes));
  for (let i = 0; i < 5; i++) {
    // Two share a time, so the page boundary must break the tie by id.
    const n = await prisma.notification.create({ data: { recipientId: officer.id, kind: "case_assigned", incidentId: assigned.id, path: `/workspace/cases/${assigned.slug}`, createdAt: at(i === 4 ? 3 : i) } });
    mine.push(n.id);
  }
  hiddenId = (await prisma.notification.create({ data: { recipientId: officer.id, kind: "mention", incidentId: notAssigned.id, path: `/workspace/cases/${notAssigned.slug}`, createdAt: at(10) } })).id;
  othersId = (await prisma.notification.create({ data: { recipientId: other.id, kind: "mention", incidentId: assigned.id, path: "/workspace", createdAt: at(10) } })).id;
});
afterAll(() => prisma.$disconnect());

describe("listInbox", () => {
  it("pages through my notifications newest first, each once, leaving out cases I may not see", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listInbox(officer, { cursor, pageSize: 2 });
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(mine));
    expect(seen).not.toContain(hiddenId);
    expect(seen).not.toContain(othersId);
    const times = (await prisma.notification.findMany({ where: { id: { in: seen } } })).map((n) => [n.id, n.createdAt.getTime()] as const);
    const byId = new Map(times);
    expect(seen.map((id) => byId.get(id))).toEqual([...seen.map((id) => byId.get(id))].sort((a, b) => (b ?? 0) - (a ?? 0)));
  });
});

describe("a task's notification", () => {
  it("names the task from the task itself (a notification's params carry no case content)", async () => {
    const reader = await makeViewer("case_officer");
    const kase = await makeCase({ assignTo: [reader.id] });
    const task = await prisma.task.create({ data: { incidentId: kase.id, title: "Ask the company for the key", assigneeId: reader.id } });
    await prisma.notification.create({ data: { recipientId: reader.id, kind: "task_assigned", incidentId: kase.id, path: `/workspace/cases/${kase.slug}/tasks/${task.id}`, params: { taskId: task.id } } });
    await prisma.notification.create({ data: { recipientId: reader.id, kind: "case_assigned", incidentId: kase.id, path: `/workspace/cases/${kase.slug}` } });
    const { rows } = await listInbox(reader);
    expect(rows.map((r) => [r.kind, r.taskTitle])).toEqual(expect.arrayContaining([["task_assigned", "Ask the company for the key"], ["case_assigned", null]]));
  });
});

describe("marking read", () => {
  it("marks one of mine read, and refuses someone else's as not found without touching it", async () => {
    expect(await executeAction(officer, inboxActions.readOne, { notificationId: mine[0] })).toMatchObject({ ok: true });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: mine[0] } })).readAt).not.toBeNull();
    expect(await executeAction(officer, inboxActions.readOne, { notificationId: othersId })).toMatchObject({ ok: false, error: "not_found" });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: othersId } })).readAt).toBeNull();
  });

  it("marks all of mine read up to the newest shown, and no one else's; no audit row", async () => {
    const auditBefore = await prisma.auditEvent.count({ where: { actorId: officer.id } });
    const result = await executeAction(officer, inboxActions.readAll, { upTo: new Date(Date.UTC(2026, 10, 30, 12, 2)).toISOString() });
    expect(result).toMatchObject({ ok: true, data: { marked: 2 } });
    expect(await countUnread(officer)).toBe(2);
    expect(await executeAction(officer, inboxActions.readAll, {})).toMatchObject({ ok: true });
    expect(await countUnread(officer)).toBe(0);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: othersId } })).readAt).toBeNull();
    expect(await prisma.auditEvent.count({ where: { actorId: officer.id } })).toBe(auditBefore);
  });

  it("refuses a malformed id or time and writes nothing", async () => {
    expect(await executeAction(officer, inboxActions.readOne, { notificationId: "x y" })).toMatchObject({ ok: false, error: "invalid" });
    expect(await executeAction(other, inboxActions.readAll, { upTo: "yesterday" })).toMatchObject({ ok: false, error: "invalid" });
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: othersId } })).readAt).toBeNull();
  });
});
