import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { CaseAccess } from "@/lib/auth/permissions";
import { casePeople } from "@/lib/cases/case-people";
import { compareTasks } from "./overdue";
import type { TaskLinkKind } from "./schema";

const include = {
  assignee: { select: { id: true, name: true, email: true } },
  finding: { select: { id: true, title: true, titleKo: true } },
  timelineEvent: { select: { id: true, title: true, titleKo: true } },
  sanction: { select: { id: true, type: true, subjectName: true } },
  evidenceFile: { select: { id: true, title: true, titleKo: true } },
} as const;

/** A case's tasks, open ones first by due day; only `assigneeId`'s when given; deleted ones separately when asked. */
export async function listTasks(incidentId: string, options: { includeDeleted: boolean; assigneeId?: string }) {
  const mine = options.assigneeId ? { assigneeId: options.assigneeId } : {};
  const [live, deleted] = await Promise.all([
    prisma.task.findMany({ where: { incidentId, deletedAt: null, ...mine }, include }),
    options.includeDeleted ? prisma.task.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" }, select: { id: true, title: true, version: true } }) : Promise.resolve([]),
  ]);
  return { live: live.sort(compareTasks), deleted };
}

export type TaskRow = Awaited<ReturnType<typeof listTasks>>["live"][number];

export function getTask(incidentId: string, taskId: string) {
  return prisma.task.findFirst({ where: { id: taskId, incidentId, deletedAt: null }, include });
}

const LINK_COLUMN = { finding: "findingId", timeline_event: "timelineEventId", sanction: "sanctionId", evidence_file: "evidenceFileId" } as const satisfies Record<TaskLinkKind, string>;

/** The live tasks about one item of the case, open ones first by due day. */
export async function listLinkedTasks(incidentId: string, kind: TaskLinkKind, id: string) {
  const rows = await prisma.task.findMany({ where: { incidentId, deletedAt: null, [LINK_COLUMN[kind]]: id }, select: { id: true, title: true, status: true, dueOn: true, createdAt: true } });
  return rows.sort(compareTasks);
}

/** The item a task points at, as the picker writes it ("finding:<id>"), or "". */
export function taskLinkValue(task: { findingId: string | null; timelineEventId: string | null; sanctionId: string | null; evidenceFileId: string | null }): string {
  if (task.findingId) return `finding:${task.findingId}`;
  if (task.timelineEventId) return `timeline_event:${task.timelineEventId}`;
  if (task.sanctionId) return `sanction:${task.sanctionId}`;
  if (task.evidenceFileId) return `evidence_file:${task.evidenceFileId}`;
  return "";
}

export interface TaskLinkChoice {
  kind: TaskLinkKind;
  value: string;
  label: string;
  labelKo: string | null;
}

/** What a task may point at: the case's live findings, events, sanctions and evidence files. */
export async function taskLinkChoices(incidentId: string): Promise<TaskLinkChoice[]> {
  const live = { incidentId, deletedAt: null };
  const [findings, events, sanctions, files] = await Promise.all([
    prisma.finding.findMany({ where: live, orderBy: { createdAt: "asc" }, select: { id: true, title: true, titleKo: true } }),
    prisma.timelineEvent.findMany({ where: live, orderBy: { occurredOn: "asc" }, select: { id: true, title: true, titleKo: true } }),
    prisma.sanction.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, select: { id: true, type: true, subjectName: true } }),
    prisma.evidenceFile.findMany({ where: live, orderBy: { createdAt: "asc" }, select: { id: true, title: true, titleKo: true } }),
  ]);
  return [
    ...findings.map((f) => ({ kind: "finding" as const, value: `finding:${f.id}`, label: f.title, labelKo: f.titleKo })),
    ...events.map((e) => ({ kind: "timeline_event" as const, value: `timeline_event:${e.id}`, label: e.title, labelKo: e.titleKo })),
    ...sanctions.map((s) => ({ kind: "sanction" as const, value: `sanction:${s.id}`, label: `${s.type}: ${s.subjectName}`, labelKo: null })),
    ...files.map((f) => ({ kind: "evidence_file" as const, value: `evidence_file:${f.id}`, label: f.title, labelKo: f.titleKo })),
  ];
}

/** Who may be given the case's tasks: regulators and the officers assigned to it. */
export const assigneeChoices = (access: CaseAccess) => casePeople(prisma, access, "task.edit");
