// Comments' rules: who may write, edit and delete; @mentions only of people who may see the case
// (anything else refuses the whole comment and writes nothing); the edit history; the size limit;
// who is told (mention, reply) inside the comment's transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { validationKey } from "@/lib/validation/message-key";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { handleOf } from "./mentions";
import { commentActions } from "./mutations";

let officer: Viewer;
let colleague: Viewer;
let outsider: Viewer;
let regulator: Viewer;
let admin: Viewer;
let incidentId: string;
let findingId: string;

const at = (v: Viewer) => `@${handleOf(v.email)}`;
const comment = (fields: Record<string, unknown> = {}) => ({ incidentId, body: "A first look at the figures.", ...fields });
const ok = async (viewer: Viewer, input: Record<string, unknown>) => {
  const result = await executeAction(viewer, commentActions.create, input);
  if (!result.ok) throw new Error(`${result.error}: ${result.message}`);
  return result.data;
};
/** Everything a refused comment must leave untouched. */
const written = () => Promise.all([prisma.comment.count(), prisma.commentMention.count(), prisma.commentRevision.count(), prisma.notification.count(), prisma.auditEvent.count({ where: { incidentId } })]);

beforeAll(async () => {
  [officer, colleague, outsider, regulator, admin] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("regulator"), makeViewer("admin")]);
  incidentId = (await makeCase({ assignTo: [officer.id, colleague.id] })).id;
  findingId = (await prisma.finding.create({ data: { incidentId, title: "Shared without consent", body: "x", severity: "high", authorId: colleague.id } })).id;
  await makeCase({ assignTo: [outsider.id] });
});
afterAll(() => prisma.$disconnect());

describe("writing a comment", () => {
  it("is for the case's officers and regulators; an administrator reads only; an outsider is told there is no such case", async () => {
    expect(await executeAction(officer, commentActions.create, comment())).toMatchObject({ ok: true });
    expect(await executeAction(regulator, commentActions.create, comment())).toMatchObject({ ok: true });
    expect(await executeAction(admin, commentActions.create, comment())).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(outsider, commentActions.create, comment())).toMatchObject({ ok: false, error: "not_found" });
  });

  it("refuses a 1 MB comment with the size limit's message, and writes nothing", async () => {
    const before = await written();
    const result = await executeAction(officer, commentActions.create, comment({ body: "x".repeat(1024 * 1024) }));
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { body: [validationKey("comment.tooLong")] } });
    expect(await written()).toEqual(before);
  });

  it("refuses an item of another case or none", async () => {
    const elsewhere = await prisma.finding.create({ data: { incidentId: (await makeCase()).id, title: "Other", body: "x", severity: "low" } });
    expect(await executeAction(officer, commentActions.create, comment({ targetKind: "finding", targetId: elsewhere.id }))).toMatchObject({ ok: false, error: "not_found" });
    expect(await executeAction(officer, commentActions.create, comment({ targetKind: "finding", targetId: null }))).toMatchObject({ ok: false, error: "invalid" });
  });
});

describe("@mentions", () => {
  it("of people who may see the case are kept and tell them", async () => {
    const created = await ok(officer, comment({ body: `${at(colleague)} and ${at(regulator)}, please look at https://www.fss.or.kr/.` }));
    const mentions = await prisma.commentMention.findMany({ where: { commentId: created.id } });
    expect(mentions.map((m) => m.userId).sort()).toEqual([colleague.id, regulator.id].sort());
    const told = await prisma.notification.findMany({ where: { kind: "mention", params: { path: ["commentId"], equals: created.id } } });
    expect(told.map((n) => n.recipientId).sort()).toEqual([colleague.id, regulator.id].sort());
    expect(told[0]!.path).toMatch(new RegExp(`^/workspace/cases/[^/]+#comment-${created.id}$`));
  });

  it.each([
    ["an officer not assigned to the case", () => at(outsider)],
    ["someone unknown", () => "@nobody-by-this-name"],
  ])("of %s are refused, naming them, and nothing is written", async (_who, handle) => {
    const before = await written();
    const result = await executeAction(officer, commentActions.create, comment({ body: `${at(colleague)} ${handle()} see this` }));
    expect(result).toMatchObject({ ok: false, error: "invalid", fieldErrors: { body: [validationKey("comment.mention")], mentions: [handle().toLowerCase()] } });
    expect(result.ok ? "" : result.message).toContain(handle().toLowerCase());
    expect(await written()).toEqual(before);
  });
});

describe("replies", () => {
  it("tell the thread's earlier authors and the item's author, not the commenter", async () => {
    const first = await ok(regulator, comment({ targetKind: "finding", targetId: findingId, body: "Is the count verified?" }));
    const reply = await ok(officer, comment({ targetKind: "finding", targetId: findingId, body: "Yes, by the inspectors." }));
    const told = await prisma.notification.findMany({ where: { kind: "comment_reply", params: { path: ["commentId"], equals: reply.id } } });
    expect(told.map((n) => n.recipientId).sort()).toEqual([colleague.id, regulator.id].sort());
    expect(told[0]!.path).toBe(told[0]!.path.replace(/#.*/, "") + `#comment-${reply.id}`);
    expect(await prisma.notification.count({ where: { kind: "comment_reply", params: { path: ["commentId"], equals: first.id }, recipientId: regulator.id } })).toBe(0);
  });
});

describe("editing", () => {
  it("is for the author only: the earlier body is kept, the comment marked edited, a stale save is a conflict", async () => {
    const created = await ok(officer, comment({ body: "First wording." }));
    expect(await executeAction(colleague, commentActions.edit, { commentId: created.id, version: 1, body: "Not mine." })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(officer, commentActions.edit, { commentId: created.id, version: 1, body: "Second wording." })).toMatchObject({ ok: true, data: { version: 2, body: "Second wording.", editedAt: expect.any(Date) } });
    expect(await executeAction(officer, commentActions.edit, { commentId: created.id, version: 1, body: "Stale." })).toMatchObject({ ok: false, error: "conflict", conflict: { changedBy: officer.email } });
    expect(await executeAction(officer, commentActions.edit, { commentId: created.id, version: 2, body: `Third, for ${at(colleague)}.` })).toMatchObject({ ok: true });
    const revisions = await prisma.commentRevision.findMany({ where: { commentId: created.id }, orderBy: { editedAt: "asc" } });
    expect(revisions.map((r) => r.body)).toEqual(["First wording.", "Second wording."]);
    expect(await prisma.auditEvent.count({ where: { entityId: created.id, action: "comment.edited" } })).toBe(2);
    expect(await prisma.notification.count({ where: { kind: "mention", recipientId: colleague.id, params: { path: ["commentId"], equals: created.id } } })).toBe(1);
  });

  it("refuses a mention of an outsider and keeps the comment as it was", async () => {
    const created = await ok(officer, comment({ body: "Unchanged." }));
    expect(await executeAction(officer, commentActions.edit, { commentId: created.id, version: 1, body: `${at(outsider)} look` })).toMatchObject({ ok: false, fieldErrors: { body: [validationKey("comment.mention")] } });
    expect(await prisma.comment.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ body: "Unchanged.", version: 1, editedAt: null });
  });
});

describe("deleting", () => {
  it("is for the author or a regulator, softly and audited", async () => {
    const mine = await ok(officer, comment({ body: "Mine to delete." }));
    expect(await executeAction(colleague, commentActions.delete, { commentId: mine.id, version: 1 })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await executeAction(officer, commentActions.delete, { commentId: mine.id, version: 1 })).toMatchObject({ ok: true });
    const theirs = await ok(colleague, comment({ body: "Removed by a regulator." }));
    expect(await executeAction(regulator, commentActions.delete, { commentId: theirs.id, version: 1 })).toMatchObject({ ok: true });
    expect(await prisma.comment.count({ where: { id: { in: [mine.id, theirs.id] }, deletedAt: { not: null } } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { entityId: { in: [mine.id, theirs.id] }, action: "comment.deleted" } })).toBe(2);
  });
});
