import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { visibleCasesWhere } from "@/lib/cases/visibility";
import { prisma } from "@/lib/db/prisma";
import { taskPath } from "./paths";
import { seoulToday } from "./waited";

export interface MyTask {
  id: string;
  title: string;
  dueOn: Date | null;
  /** Due before today (in Seoul): a task due in the past is allowed and shows as overdue. */
  overdue: boolean;
  dueToday: boolean;
  case: { slug: string; title: string; titleKo: string | null };
  path: string;
}

/** The viewer's open tasks on cases they may see, by due day (undated last). */
export async function listMyTasks(viewer: Viewer, options: { limit: number; now: Date }): Promise<{ items: MyTask[]; total: number }> {
  const where = { assigneeId: viewer.id, status: "open" as const, deletedAt: null, incident: visibleCasesWhere(viewer) };
  const today = seoulToday(options.now).getTime();
  const [rows, total] = await Promise.all([
    prisma.task.findMany({
      where,
      orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      take: options.limit,
      select: { id: true, title: true, dueOn: true, incident: { select: { slug: true, title: true, titleKo: true } } },
    }),
    prisma.task.count({ where }),
  ]);
  return {
    total,
    items: rows.map((t) => ({
      id: t.id,
      title: t.title,
      dueOn: t.dueOn,
      overdue: t.dueOn !== null && t.dueOn.getTime() < today,
      dueToday: t.dueOn !== null && t.dueOn.getTime() === today,
      case: t.incident,
      path: taskPath(t.incident.slug, t.id),
    })),
  };
}
