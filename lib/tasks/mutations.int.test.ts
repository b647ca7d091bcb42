// Tasks' own rules (the kit's are in lib/cases/versioned-items.int.test.ts): the assignee is
// someone who works on the case, a due day in the past is allowed, the linked item is one of the
// case's live items, and a task given to someone else tells them in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { validationKey } from "@/lib/validation/message-key";
import { makeCase, makeUser, makeViewer } from "@/tests/support/factories";
import { tasksTable } from "./export-table";
import { listLinkedTasks } from "./list-tasks";
import { taskActions } from "./mutations";

let officer: Viewer;
let colleague: Viewer;
let outsider: Viewer;
let regulator: Viewer;
let admin: Viewer;
let incidentId: string;
let otherCaseFinding: string;

const task = (fields: Record<string, unknown> = {}) => ({ incidentId, title: "Ask for the inspection report", dueOn: "2026-12-20", status: "open", ...fields });

beforeAll(async () => {
  [officer, colleague, outsider, regulator, admin] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("regulator"), makeViewer("admin")]);
  incidentId = (await makeCase({ assignTo: [officer.id, colleague.id] })).id;
  const other = await makeCase({ assignTo: [outsider.id] });
  otherCaseFinding = (await prisma.finding.create({ data: { incidentId: other.id, title: "Elsewhere", body: "x", severity: "low" } })).id;
});
afterAll(() => prisma.$disconnect());

describe("a task's assignee", () => {
  it.each([
    ["an assigned officer", () => colleague.id],
    ["a regulator", () => regulator.id],
  ])("may be %s, who is told in the same transaction", async (_who, assignee) => {
    const result = await executeAction(officer, taskActions.create, task({ assigneeId: assignee() }));
    expect(result).toMatchObject({ ok: true, data: { assigneeId: assignee(), createdById: officer.id } });
    if (!result.ok) return;
    const told = await prisma.notification.findMany({ where: { recipientId: assignee(), kind: "task_assigned", incidentId } });
    expect(told.map((n) => n.path)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^/workspace/cases/[^/]+/tasks/${result.data.id}$`))]));
  });

  it.each([
    ["an officer of another case", () => outsider.id],
    ["an administrator (who only reads cases)", () => admin.id],
    ["an id that names nobody", () => "nosuchuser"],
  ])("is refused when %s, and nothing is written", async (_who, assignee) => {
    const [tasks, audits, notes] = await Promise.all([prisma.task.count({ where: { incidentId } }), prisma.auditEvent.count({ where: { incidentId } }), prisma.notification.count()]);
    expect(await executeAction(officer, taskActions.create, task({ assigneeId: assignee() }))).toMatchObject({ ok: false, error: "invalid", fieldErrors: { assigneeId: [validationKey("task.assignee")] } });
    expect([await prisma.task.count({ where: { incidentId } }), await prisma.auditEvent.count({ where: { incidentId } }), await prisma.notification.count()]).toEqual([tasks, audits, notes]);
  });

  it("is refused when inactive", async () => {
    const gone = await makeUser("regulator", { active: false });
    expect(await executeAction(officer, taskActions.create, task({ assigneeId: gone.id }))).toMatchObject({ ok: false, fieldErrors: { assigneeId: [validationKey("task.assignee")] } });
  });

  it("is refused on an edit that hands it to an outsider; handing it to a colleague tells them, keeping it tells nobody again", async () => {
    const created = await executeAction(officer, taskActions.create, task({ assigneeId: officer.id }));
    if (!created.ok) throw new Error(created.message);
    expect(await prisma.notification.count({ where: { kind: "task_assigned", path: { endsWith: created.data.id } } })).toBe(0);
    const ref = { taskId: created.data.id, version: 1 };
    const { incidentId: _c, ...fields } = task();
    expect(await executeAction(officer, taskActions.update, { ...ref, ...fields, assigneeId: outsider.id })).toMatchObject({ ok: false, fieldErrors: { assigneeId: [validationKey("task.assignee")] } });
    const handed = await executeAction(officer, taskActions.update, { ...ref, ...fields, assigneeId: colleague.id });
    expect(handed, JSON.stringify(handed)).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await executeAction(officer, taskActions.update, { taskId: created.data.id, version: 2, ...fields, assigneeId: colleague.id, status: "done" })).toMatchObject({ ok: true, data: { version: 3, status: "done" } });
    expect(await prisma.notification.count({ where: { recipientId: colleague.id, kind: "task_assigned", path: { endsWith: created.data.id } } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: created.data.id, action: "task.updated" } })).toBe(2);
  });
});

describe("a task", () => {
  it("may be due in the past (it shows as overdue)", async () => {
    expect(await executeAction(officer, taskActions.create, task({ dueOn: "2020-01-31" }))).toMatchObject({ ok: true, data: { dueOn: new Date("2020-01-31T00:00:00Z") } });
  });

  it("refuses a day that does not exist", async () => {
    expect(await executeAction(officer, taskActions.create, task({ dueOn: "2026-02-30" }))).toMatchObject({ ok: false, fieldErrors: { dueOn: [expect.any(String)] } });
  });

  it("links one of its case's live items, and refuses another case's", async () => {
    const finding = await prisma.finding.create({ data: { incidentId, title: "Shared without consent", body: "x", severity: "high" } });
    expect(await executeAction(officer, taskActions.create, task({ linkTo: `finding:${finding.id}` }))).toMatchObject({ ok: true, data: { findingId: finding.id, sanctionId: null } });
    expect((await listLinkedTasks(incidentId, "finding", finding.id)).map((t) => t.title)).toEqual(["Ask for the inspection report"]);
    expect(await executeAction(officer, taskActions.create, task({ linkTo: `finding:${otherCaseFinding}` }))).toMatchObject({ ok: false, fieldErrors: { linkTo: [validationKey("task.link")] } });
    expect(await executeAction(officer, taskActions.create, task({ linkTo: "petition:abc" }))).toMatchObject({ ok: false, fieldErrors: { linkTo: [expect.any(String)] } });
  });

  it("cannot be added by an administrator (read-only) or an officer of another case", async () => {
    expect(await executeAction(admin, taskActions.create, task())).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(outsider, taskActions.create, task())).toMatchObject({ ok: false, error: "not_found" });
  });

  it("goes into the case file's tasks.csv with its assignee by email, deleted ones too", async () => {
    const created = await executeAction(officer, taskActions.create, task({ title: "For the export", assigneeId: colleague.id }));
    if (!created.ok) throw new Error(created.message);
    await executeAction(regulator, taskActions.delete, { taskId: created.data.id, version: 1 });
    const rows = await tasksTable.load(incidentId);
    expect(rows.find((r) => r.id === created.data.id)).toMatchObject({ title: "For the export", assignee: colleague.email, createdBy: officer.email, deletedAt: expect.any(Date) });
  });
});
