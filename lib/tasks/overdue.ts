// When a task is overdue: it is still open and its due day is before today (in Korea, the
// calendar every case date is read in). Pure, shared by the list, the task's page and tests.
import type { TaskStatus } from "@/lib/generated/prisma/enums";

/** `today` as YYYY-MM-DD (todayInSeoul()); `dueOn` a stored DATE (UTC midnight). */
export function isOverdue(task: { status: TaskStatus; dueOn: Date | null }, today: string): boolean {
  return task.status === "open" && task.dueOn !== null && task.dueOn.toISOString().slice(0, 10) < today;
}

/** Open tasks first, by due day (no due day last), then done and cancelled ones. */
export function compareTasks(a: { status: TaskStatus; dueOn: Date | null; createdAt: Date }, b: { status: TaskStatus; dueOn: Date | null; createdAt: Date }): number {
  const rank = (t: { status: TaskStatus }) => (t.status === "open" ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const due = (t: { dueOn: Date | null }) => t.dueOn?.getTime() ?? Number.POSITIVE_INFINITY;
  if (due(a) !== due(b)) return due(a) - due(b);
  return a.createdAt.getTime() - b.createdAt.getTime();
}
