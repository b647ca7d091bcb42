// Comments: internal threads on a case and its items. Plain text; @mentions must name people who
// may see the case (resolve-mentions.ts); the author edits (the earlier body is kept as a
// revision), the author or a regulator deletes (softly). Each change is audited and notifies in
// its own transaction, so a refused or rolled-back comment tells nobody.
import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Comment, Prisma } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/actions/execute-action";
import { fail } from "@/lib/actions/result";
import { can, type Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { requireCaseAction } from "@/lib/cases/case-guard";
import { conflictError } from "@/lib/cases/versioned-items";
import { notify } from "@/lib/notifications/notify";
import { resolveMentions } from "./resolve-mentions";
import { commentRefSchema, createCommentSchema, editCommentSchema } from "./schema";
import { requireThreadTarget, TARGET_COLUMNS, targetOf, threadPath, threadWhere, type ThreadTarget } from "./thread-target";

type Tx = Prisma.TransactionClient;

async function caseOf(tx: Tx, incidentId: string) {
  return tx.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { slug: true, title: true } });
}

const audit = (tx: Tx, viewer: Viewer, action: "comment.created" | "comment.edited" | "comment.deleted", before: Record<string, unknown> | null, after: Comment & { mentions?: string[] }) =>
  recordAudit(tx, { actor: actorOf(viewer), action, entityType: "comment", entityId: after.id, incidentId: after.incidentId, before, after });

/** Tells the newly mentioned, and (for a new comment) the thread's earlier authors and the item's author. */
async function tell(tx: Tx, viewer: Viewer, comment: Comment, options: { mentioned: string[]; replyTo: string[] }) {
  const incident = await caseOf(tx, comment.incidentId);
  const base = {
    actorId: viewer.id,
    incidentId: comment.incidentId,
    path: `${threadPath(incident.slug, targetOf(comment))}#comment-${comment.id}`,
    params: { commentId: comment.id, caseTitle: incident.title },
  };
  await notify(tx, { ...base, kind: "mention", recipientIds: options.mentioned });
  // Someone mentioned hears of it once, as a mention.
  await notify(tx, { ...base, kind: "comment_reply", recipientIds: options.replyTo.filter((id) => !options.mentioned.includes(id)) });
}

async function createComment(viewer: Viewer, input: { incidentId: string; targetKind: ThreadTarget["kind"]; targetId: string | null; body: string }) {
  return prisma.$transaction(async (tx) => {
    const access = await requireCaseAction(tx, viewer, input.incidentId, "comment.write");
    if (input.targetKind !== "case" && !input.targetId) fail("invalid", "Choose what the comment is about.", { targetId: ["Missing identifier."] });
    const target: ThreadTarget = input.targetKind === "case" ? { kind: "case" } : { kind: input.targetKind, id: input.targetId! };
    const { ownerId } = await requireThreadTarget(tx, input.incidentId, target);
    const mentioned = await resolveMentions(tx, access, input.body);
    const earlier = await tx.comment.findMany({ where: { ...threadWhere(input.incidentId, target), deletedAt: null, authorId: { not: null } }, select: { authorId: true }, distinct: ["authorId"] });
    const column = target.kind === "case" ? {} : { [TARGET_COLUMNS[target.kind]]: target.id };
    const comment = await tx.comment.create({ data: { incidentId: input.incidentId, authorId: viewer.id, body: input.body, ...column } });
    if (mentioned.length) await tx.commentMention.createMany({ data: mentioned.map((userId) => ({ commentId: comment.id, userId })) });
    await audit(tx, viewer, "comment.created", null, { ...comment, mentions: mentioned });
    await tell(tx, viewer, comment, { mentioned, replyTo: [...earlier.map((c) => c.authorId!), ...(ownerId ? [ownerId] : [])] });
    return comment;
  });
}

/** The live comment, on a case the viewer may write in. */
async function loadForChange(tx: Tx, viewer: Viewer, commentId: string) {
  const comment = await tx.comment.findFirst({ where: { id: commentId, deletedAt: null } });
  if (!comment) fail("not_found", "No such comment.");
  // An officer of another case learns nothing: requireCaseAction answers "no such case".
  const access = await requireCaseAction(tx, viewer, comment!.incidentId, "case.view");
  return { comment: comment!, access };
}

async function saveOnVersion(tx: Tx, comment: Comment, version: number, data: Prisma.CommentUpdateManyMutationInput) {
  const { count } = await tx.comment.updateMany({ where: { id: comment.id, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw await conflictError(tx, "comment", comment.id, await tx.comment.findUniqueOrThrow({ where: { id: comment.id } }));
  return tx.comment.findUniqueOrThrow({ where: { id: comment.id } });
}

async function editComment(viewer: Viewer, input: { commentId: string; version: number; body: string }) {
  return prisma.$transaction(async (tx) => {
    const { comment, access } = await loadForChange(tx, viewer, input.commentId);
    if (comment.authorId !== viewer.id || !can(viewer, "comment.write", access)) fail("forbidden", "Only the author can edit a comment.");
    const mentioned = await resolveMentions(tx, access, input.body);
    const now = new Date();
    const after = await saveOnVersion(tx, comment, input.version, { body: input.body, editedAt: now });
    await tx.commentRevision.create({ data: { commentId: comment.id, body: comment.body, editorId: viewer.id, editedAt: now } });
    const before = (await tx.commentMention.findMany({ where: { commentId: comment.id }, select: { userId: true } })).map((m) => m.userId);
    await tx.commentMention.deleteMany({ where: { commentId: comment.id, userId: { notIn: mentioned } } });
    const added = mentioned.filter((id) => !before.includes(id));
    if (added.length) await tx.commentMention.createMany({ data: added.map((userId) => ({ commentId: comment.id, userId })) });
    await audit(tx, viewer, "comment.edited", { ...comment, mentions: before }, { ...after, mentions: mentioned });
    // Only people newly mentioned by the edit are told; nobody hears twice of the same comment.
    await tell(tx, viewer, after, { mentioned: added, replyTo: [] });
    return after;
  });
}

async function deleteComment(viewer: Viewer, input: { commentId: string; version: number }) {
  return prisma.$transaction(async (tx) => {
    const { comment, access } = await loadForChange(tx, viewer, input.commentId);
    const own = comment.authorId === viewer.id && can(viewer, "comment.write", access);
    if (!own && !can(viewer, "comment.moderate", access)) fail("forbidden", "Only the author or a regulator can delete a comment.");
    const after = await saveOnVersion(tx, comment, input.version, { deletedAt: new Date() });
    await audit(tx, viewer, "comment.deleted", comment, after);
    return after;
  });
}

/** Each comment mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const commentActions = {
  create: defineAction(createCommentSchema, createComment),
  edit: defineAction(editCommentSchema, editComment),
  delete: defineAction(commentRefSchema, deleteComment),
};
