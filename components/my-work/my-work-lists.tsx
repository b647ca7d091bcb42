import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/cases/localized-text";
import { formatDate, formatInstantDay } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { MyWork } from "@/lib/my-work/load-my-work";
import { waitedFor } from "@/lib/my-work/waited";
import { Mark, MyWorkRow, MyWorkSection, rowLink } from "./my-work-section";

type CaseRef = { title: string; titleKo: string | null };

function CaseName({ of }: { of: CaseRef }) {
  return <LocalizedText en={of.title} ko={of.titleKo} className="text-slate-700" />;
}

export function ApprovalsList({ approvals, now }: { approvals: MyWork["approvals"]; now: Date }) {
  const t = useTranslations("myWork");
  const tWorkflow = useTranslations("workflow");
  const stepName = (id: string | null) => (id && tWorkflow.has(`transitions.${id}`) ? t("workflowStep", { step: tWorkflow(`transitions.${id}`) }) : t("unknownStep"));
  return (
    <MyWorkSection id="mw-approvals" title={t("approvalsTitle")} note={t("approvalsNote")} total={approvals.total} shown={approvals.items.length} empty={t("approvalsEmpty")}>
      {approvals.items.map((a) => {
        const waited = waitedFor(a.createdAt, now);
        return (
          <MyWorkRow
            key={a.id}
            testId="mw-approval"
            meta={
              <>
                {a.proposedBy ? t("proposedBy", { name: a.proposedBy }) : t("proposedBySomeone")} · <span className="font-medium text-slate-800">{t("waited", { time: t(`time.${waited.unit}`, { count: waited.count }) })}</span>
              </>
            }
          >
            <Link href={a.path} className={rowLink}>
              {a.kind === "workflow" ? stepName(a.transitionId) : t("publicVersion", { number: a.versionNumber ?? 0 })}
            </Link>
            <CaseName of={a.case} />
          </MyWorkRow>
        );
      })}
    </MyWorkSection>
  );
}

export function TasksList({ tasks, locale }: { tasks: MyWork["tasks"]; locale: Locale }) {
  const t = useTranslations("myWork");
  return (
    <MyWorkSection id="mw-tasks" title={t("tasksTitle")} total={tasks.total} shown={tasks.items.length} empty={t("tasksEmpty")}>
      {tasks.items.map((task) => (
        <MyWorkRow
          key={task.id}
          testId="mw-task"
          mark={task.overdue ? <Mark tone="alert">{t("overdue")}</Mark> : task.dueToday ? <Mark tone="info">{t("dueToday")}</Mark> : undefined}
          meta={
            <>
              {task.dueOn ? t("dueOn", { date: formatDate(task.dueOn, "day", locale) }) : t("noDue")} · <CaseName of={task.case} />
            </>
          }
        >
          <Link href={task.path} className={rowLink}>
            {task.title}
          </Link>
        </MyWorkRow>
      ))}
    </MyWorkSection>
  );
}

export function DeadlinesList({ deadlines, locale, everyCase }: { deadlines: MyWork["deadlines"]; locale: Locale; everyCase: boolean }) {
  const t = useTranslations("myWork");
  const tWorkflow = useTranslations("workflow");
  return (
    <MyWorkSection
      id="mw-deadlines"
      title={t("deadlinesTitle")}
      note={everyCase ? t("deadlinesNoteAll") : t("deadlinesNoteAssigned")}
      total={deadlines.total}
      shown={deadlines.items.length}
      empty={t("deadlinesEmpty")}
    >
      {deadlines.items.map((d) => (
        <MyWorkRow
          key={d.id}
          testId="mw-deadline"
          mark={d.overdue ? <Mark tone="alert">{t("overdue")}</Mark> : undefined}
          meta={d.overdue ? t("clockOverdue", { date: formatInstantDay(d.dueAt, locale) }) : t("clockDue", { date: formatInstantDay(d.dueAt, locale) })}
        >
          <Link href={d.path} className={rowLink}>
            {tWorkflow(`clockKinds.${d.kind}`)}
          </Link>
          <CaseName of={d.case} />
        </MyWorkRow>
      ))}
    </MyWorkSection>
  );
}
