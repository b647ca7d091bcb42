import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { visibleCasesWhere } from "@/lib/cases/visibility";
import { prisma } from "@/lib/db/prisma";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor } from "./cursor";

const PAGE_SIZE = 30;

export interface InboxRow {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  readAt: Date | null;
  path: string;
  params: unknown;
  actor: string | null;
  case: { title: string; titleKo: string | null } | null;
  /** The task's title, for a notification about a task (its path ends /tasks/<id>). */
  taskTitle: string | null;
}

const TASK_PATH = /\/tasks\/([^/?#]+)$/;

/**
 * One page of the viewer's notifications, newest first (keyset on createdAt, id: the index
 * notifications_recipientId_createdAt_id_idx), with the cursor for the next. A notification about a
 * case the viewer may no longer see is left out, as everywhere else.
 */
export async function listInbox(viewer: Viewer, options: { cursor?: string; pageSize?: number } = {}) {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const rows = await prisma.notification.findMany({
    where: {
      recipientId: viewer.id,
      OR: [{ incidentId: null }, { incident: visibleCasesWhere(viewer) }],
      ...(after ? { AND: [{ OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
    select: { id: true, kind: true, createdAt: true, readAt: true, path: true, params: true, actor: { select: { name: true } }, incident: { select: { title: true, titleKo: true } } },
  });
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const taskIds = page.flatMap((r) => TASK_PATH.exec(r.path)?.[1] ?? []);
  const tasks = taskIds.length ? await prisma.task.findMany({ where: { id: { in: taskIds } }, select: { id: true, title: true } }) : [];
  const taskTitles = new Map(tasks.map((t) => [t.id, t.title]));
  return {
    rows: page.map((r): InboxRow => {
      const taskId = TASK_PATH.exec(r.path)?.[1];
      return { id: r.id, kind: r.kind, createdAt: r.createdAt, readAt: r.readAt, path: r.path, params: r.params, actor: r.actor?.name ?? null, case: r.incident, taskTitle: (taskId && taskTitles.get(taskId)) || null };
    }),
    next: rows.length > pageSize && last ? encodeCursor(last) : undefined,
  };
}

export async function countUnread(viewer: Viewer): Promise<number> {
  return prisma.notification.count({ where: { recipientId: viewer.id, readAt: null, OR: [{ incidentId: null }, { incident: visibleCasesWhere(viewer) }] } });
}
