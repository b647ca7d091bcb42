// Tasks on the kit (versioned, soft-deleted, audited), with what is theirs: the assignee must be
// someone who works on the case, the linked item one of the case's live items, and a task given to
// someone else tells them (notify, in the same transaction).
import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma, Task } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/actions/execute-action";
import { refuseField } from "@/lib/actions/result";
import type { CaseAccess, Viewer } from "@/lib/auth/permissions";
import { requireCaseAction } from "@/lib/cases/case-guard";
import { versionedItems } from "@/lib/cases/versioned-items";
import { notify } from "@/lib/notifications/notify";
import { validationKey } from "@/lib/validation/message-key";
import { userMay } from "@/lib/cases/case-people";
import { createTaskSchema, taskRefSchema, updateTaskSchema, type TaskFields, type TaskLinkKind } from "./schema";

type Tx = Prisma.TransactionClient;

const tasks = versionedItems<Task>({ model: "task", entityType: "task", noun: "task", section: "tasks" });

const LINK_COLUMNS = { finding: "findingId", timeline_event: "timelineEventId", sanction: "sanctionId", evidence_file: "evidenceFileId" } as const satisfies Record<TaskLinkKind, keyof Task>;

/** Refuses an assignee who may not work on the case (an officer not assigned, an administrator, an inactive or unknown user). */
async function requireAssignee(tx: Tx, access: CaseAccess, assigneeId: string | null) {
  if (!assigneeId) return;
  const user = await tx.user.findFirst({ where: { id: assigneeId, active: true }, select: { id: true, role: true, email: true, name: true } });
  if (!user || !userMay(user, "task.edit", access)) refuseField("assigneeId", validationKey("task.assignee"));
}

/** The columns for the linked item, after checking it is a live item of this case. */
async function linkColumns(tx: Tx, incidentId: string, linkTo: string | null) {
  const columns = { findingId: null, timelineEventId: null, sanctionId: null, evidenceFileId: null } as Record<(typeof LINK_COLUMNS)[TaskLinkKind], string | null>;
  if (!linkTo) return columns;
  const [kind, id] = linkTo.split(":") as [TaskLinkKind, string];
  const where = { id, incidentId, deletedAt: null };
  const found =
    kind === "finding" ? await tx.finding.findFirst({ where, select: { id: true } })
    : kind === "timeline_event" ? await tx.timelineEvent.findFirst({ where, select: { id: true } })
    : kind === "sanction" ? await tx.sanction.findFirst({ where: { id, incidentId }, select: { id: true } })
    : await tx.evidenceFile.findFirst({ where, select: { id: true } });
  if (!found) refuseField("linkTo", validationKey("task.link"));
  columns[LINK_COLUMNS[kind]] = id;
  return columns;
}

/** Tells the new assignee, unless they gave it to themselves. */
async function tellAssignee(tx: Tx, viewer: Viewer, task: Task) {
  if (!task.assigneeId || task.assigneeId === viewer.id) return;
  const incident = await tx.incident.findUniqueOrThrow({ where: { id: task.incidentId }, select: { slug: true, title: true } });
  await notify(tx, {
    kind: "task_assigned",
    recipientIds: [task.assigneeId],
    actorId: viewer.id,
    incidentId: task.incidentId,
    path: `/workspace/cases/${incident.slug}/tasks/${task.id}`,
    params: { taskId: task.id, caseTitle: incident.title },
  });
}

/** The task's own columns from the form's fields (the link is written as its column). */
function columnsOf(fields: TaskFields): Omit<TaskFields, "linkTo"> {
  const { title, assigneeId, dueOn, status, note } = fields;
  return { title, assigneeId, dueOn, status, note };
}

async function createTask(viewer: Viewer, input: TaskFields & { incidentId: string }) {
  return prisma.$transaction(async (tx) => {
    const access = await requireCaseAction(tx, viewer, input.incidentId, tasks.editPermission);
    await requireAssignee(tx, access, input.assigneeId);
    const links = await linkColumns(tx, input.incidentId, input.linkTo);
    const row = await tx.task.create({ data: { ...columnsOf(input), ...links, incidentId: input.incidentId, createdById: viewer.id } });
    await tasks.audit(tx, viewer, "created", null, row);
    await tellAssignee(tx, viewer, row);
    return row;
  });
}

async function updateTask(viewer: Viewer, input: TaskFields & { taskId: string; version: number }) {
  return prisma.$transaction(async (tx) => {
    const before = await tasks.loadLive(tx, input.taskId);
    const access = await requireCaseAction(tx, viewer, before.incidentId, tasks.editPermission);
    // Keeping the assignee a task already has is allowed even if they have since left the case:
    // the task can still be closed or handed on.
    if (input.assigneeId !== before.assigneeId) await requireAssignee(tx, access, input.assigneeId);
    const links = await linkColumns(tx, before.incidentId, input.linkTo);
    const after = await tasks.saveVersioned(tx, { id: input.taskId, version: input.version, data: { ...columnsOf(input), ...links } });
    await tasks.audit(tx, viewer, "updated", before, after);
    if (after.assigneeId !== before.assigneeId) await tellAssignee(tx, viewer, after);
    return after;
  });
}

/** Each task mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const taskActions = {
  create: defineAction(createTaskSchema, createTask),
  update: defineAction(updateTaskSchema, updateTask),
  ...tasks.deleteActions("taskId", taskRefSchema),
};
