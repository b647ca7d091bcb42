import type { MessageNamespace } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { DeletedItems } from "@/components/forms/deleted-items";
import { dayValue, textValue } from "@/components/forms/form-values";
import { TaskForm } from "@/components/tasks/task-form";
import { TaskAbout, TaskDue, taskFormChoices } from "@/components/tasks/task-parts";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import { can } from "@/lib/auth/permissions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { Link } from "@/lib/i18n/navigation";
import { deleteTaskAction, restoreTaskAction } from "@/lib/tasks/actions";
import { assigneeChoices, getTask, listTasks, taskLinkChoices, taskLinkValue } from "@/lib/tasks/list-tasks";
import { todayInSeoul } from "@/lib/validation/fields";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["dayField", "enum", "errors", "forms", "tasks", "validation"];

/** The "All / My tasks" switch: the address holds it (`?mine=1`), so it can be shared and kept. */
async function MineFilter({ slug, mine }: { slug: string; mine: boolean }) {
  const t = await getTranslations("tasks");
  const base = `/workspace/cases/${slug}/tasks`;
  const tab = (active: boolean) => `rounded-md px-3 py-1 text-sm ${active ? "bg-slate-800 text-white" : "border border-slate-300 text-slate-800 hover:bg-slate-100"}`;
  return (
    <nav aria-label={t("filterLabel")} className="flex gap-2">
      <Link href={base} className={tab(!mine)} aria-current={!mine ? "page" : undefined}>
        {t("all")}
      </Link>
      <Link href={`${base}?mine=1`} className={tab(mine)} aria-current={mine ? "page" : undefined}>
        {t("mine")}
      </Link>
    </nav>
  );
}

export async function SectionList({ viewer, incident, access, locale, slug, canEdit, searchParams }: SectionViewProps) {
  const mine = searchParams.mine === "1";
  const [t, tEnum, tasks] = await Promise.all([
    getTranslations("tasks"),
    getTranslations("enum"),
    listTasks(incident.id, { includeDeleted: can(viewer, "case.restore", access), assigneeId: mine ? viewer.id : undefined }),
  ]);
  const today = todayInSeoul();
  const choices = canEdit ? await taskFormChoices(await assigneeChoices(access), await taskLinkChoices(incident.id), locale) : null;
  return (
    <div className="space-y-6">
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      <MineFilter slug={slug} mine={mine} />
      {tasks.live.length === 0 ? <EmptyState>{mine ? t("noneMine") : t("none")}</EmptyState> : null}
      <ul className="space-y-3">
        {tasks.live.map((task) => {
          const closed = task.status !== "open";
          return (
            <li key={task.id} id={`task-${task.id}`} data-status={task.status} className={`rounded-lg border p-4 ${closed ? "border-slate-200 bg-slate-50 text-slate-600" : "border-slate-300"}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className={`font-semibold ${task.status === "cancelled" ? "line-through" : ""}`}>
                  <Link href={`/workspace/cases/${slug}/tasks/${task.id}`} className="text-blue-800 hover:underline">
                    {task.title}
                  </Link>
                </h2>
                <span className="text-xs font-medium uppercase tracking-wide">{tEnum(`taskStatus.${task.status}`)}</span>
              </div>
              <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                <span>{task.assignee ? t("assignedTo", { name: task.assignee.name }) : t("unassigned")}</span>
                <TaskDue task={task} today={today} locale={locale} />
              </p>
              <TaskAbout task={task} slug={slug} locale={locale} />
            </li>
          );
        })}
      </ul>
      <DeletedItems items={tasks.deleted.map((d) => ({ id: d.id, name: d.title, restore: restoreTaskAction.bind(null, { taskId: d.id, version: d.version }) }))} />
      {choices ? (
        <Disclosure summary={t("add")} startOpen={tasks.live.length === 0 && !mine}>
          <TaskForm incidentId={incident.id} slug={slug} choices={choices} />
        </Disclosure>
      ) : null}
    </div>
  );
}

export async function SectionItem({ viewer, incident, access, locale, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const [task, t, tEnum] = await Promise.all([getTask(incident.id, itemId), getTranslations("tasks"), getTranslations("enum")]);
  if (!task) notFound();
  const today = todayInSeoul();
  const choices = canEdit ? await taskFormChoices(await assigneeChoices(access), await taskLinkChoices(incident.id), locale) : null;
  return (
    <div className="space-y-6">
      <SectionBackLink slug={slug} section="tasks" />
      <h2 className="text-xl font-semibold">{task.title}</h2>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span>{tEnum(`taskStatus.${task.status}`)}</span>
        <span>{task.assignee ? t("assignedTo", { name: task.assignee.name }) : t("unassigned")}</span>
        <TaskDue task={task} today={today} locale={locale} />
      </p>
      <TaskAbout task={task} slug={slug} locale={locale} />
      {choices ? (
        <TaskForm
          key={task.version}
          taskId={task.id}
          version={task.version}
          slug={slug}
          choices={choices}
          values={{ title: task.title, assigneeId: textValue(task.assigneeId), dueOn: dayValue(task.dueOn), status: task.status, linkTo: taskLinkValue(task), note: textValue(task.note) }}
        />
      ) : task.note ? (
        <p className="whitespace-pre-line text-sm">{task.note}</p>
      ) : null}
      {can(viewer, "case.delete", access) ? (
        <DeleteRestoreButton mode="delete" name={task.title} run={deleteTaskAction.bind(null, { taskId: task.id, version: task.version })} after={`/workspace/cases/${slug}/tasks`} />
      ) : null}
    </div>
  );
}
