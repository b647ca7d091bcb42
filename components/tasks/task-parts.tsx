import { getTranslations } from "next-intl/server";
import type { TaskFormChoices } from "@/components/tasks/task-form";
import type { TaskLinkChoice, TaskRow } from "@/lib/tasks/list-tasks";
import { formatDate } from "@/lib/format/date";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { isOverdue } from "@/lib/tasks/overdue";

/** The due line: the day, and "Overdue" in words (not colour alone) when an open task is late. */
export async function TaskDue({ task, today, locale }: { task: Pick<TaskRow, "status" | "dueOn">; today: string; locale: Locale }) {
  const t = await getTranslations("tasks");
  const late = isOverdue(task, today);
  return (
    <span className={late ? "font-semibold text-red-800" : "text-slate-700"} data-overdue={late ? "true" : undefined}>
      {task.dueOn ? t("dueLine", { day: formatDate(task.dueOn, "day", locale) }) : t("noDue")}
      {late ? <span className="ml-2 inline-flex rounded-full bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 ring-1 ring-red-300">⚠ {t("overdue")}</span> : null}
    </span>
  );
}

/** What the task is about, as one line, or nothing. */
export async function TaskAbout({ task, slug, locale }: { task: Pick<TaskRow, "finding" | "timelineEvent" | "sanction" | "evidenceFile">; slug: string; locale: Locale }) {
  const [t, tWorkflow] = await Promise.all([getTranslations("tasks"), getTranslations("workflow")]);
  const about = task.finding
    ? { kind: "finding", name: localized(locale, task.finding.title, task.finding.titleKo), href: `/workspace/cases/${slug}/findings/${task.finding.id}` }
    : task.timelineEvent
      ? { kind: "timeline_event", name: localized(locale, task.timelineEvent.title, task.timelineEvent.titleKo), href: `/workspace/cases/${slug}/timeline/${task.timelineEvent.id}` }
      : task.sanction
        ? { kind: "sanction", name: `${tWorkflow(`sanctionTypes.${task.sanction.type}`)}: ${task.sanction.subjectName}`, href: `/workspace/cases/${slug}/workflow` }
        : task.evidenceFile
          ? { kind: "evidence_file", name: localized(locale, task.evidenceFile.title, task.evidenceFile.titleKo), href: `/workspace/cases/${slug}/evidence/${task.evidenceFile.id}` }
          : null;
  if (!about) return null;
  return (
    <Link href={about.href} className="text-sm text-blue-800 underline">
      {t("linkedItem", { kind: t(`linkKinds.${about.kind}`), name: about.name })}
    </Link>
  );
}

/** The form's choices, worded in the page's language. */
export async function taskFormChoices(people: TaskFormChoices["people"], links: TaskLinkChoice[], locale: Locale): Promise<TaskFormChoices> {
  const tWorkflow = await getTranslations("workflow");
  return {
    people,
    links: links.map((l) => ({ kind: l.kind, value: l.value, label: l.kind === "sanction" ? sanctionLabel(l.label, tWorkflow) : localized(locale, l.label, l.labelKo) })),
  };
}

/** "fine: Kakao Pay" → "Fine: Kakao Pay" in the page's language. */
function sanctionLabel(raw: string, tWorkflow: (key: string) => string): string {
  const [type, ...subject] = raw.split(": ");
  return `${tWorkflow(`sanctionTypes.${type}`)}: ${subject.join(": ")}`;
}
