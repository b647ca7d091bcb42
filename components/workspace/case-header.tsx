import { getTranslations } from "next-intl/server";
import { HeadlineFigure } from "@/components/cases/headline-figure";
import { StateBadge } from "@/components/cases/state-badge";
import { formatPeriod } from "@/lib/format/date";
import type { CaseHeadline } from "@/lib/cases/load-headlines";
import type { DatePrecision, WorkflowState } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { clockStatus, daysLeft, type ClockKind } from "@/lib/workflow/clocks";
import { CaseTabs } from "./case-tabs";

export async function CaseHeader(props: {
  title: string;
  state: WorkflowState;
  visibility: "internal" | "public";
  isDemo: boolean;
  headline: CaseHeadline;
  period: { start: Date | null; startPrecision: DatePrecision; end: Date | null; endPrecision: DatePrecision };
  /** The sections the viewer may see, in order (lib/cases/sections.ts). */
  tabs: { key: string; labelKey: string; href: string }[];
  locale: Locale;
  daysInState: number;
  openClocks: { id: string; kind: ClockKind; dueAt: Date }[];
}) {
  const [t, tTabs, tCase, tState, tWf] = await Promise.all([getTranslations("workspace"), getTranslations("tabs"), getTranslations("case"), getTranslations("state"), getTranslations("workflow")]);
  const now = new Date();
  return (
    <div className="space-y-3 sm:space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <StateBadge state={props.state} />
        <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700 ring-1 ring-slate-300">
          {t("visibility")}: {t(props.visibility)}
        </span>
        {props.isDemo ? <span className="rounded-full bg-yellow-100 px-2.5 py-0.5 text-xs text-yellow-900 ring-1 ring-yellow-400">{t("demo")}</span> : null}
        {props.openClocks.map((c) => {
          const status = clockStatus({ dueAt: c.dueAt, stoppedAt: null }, now);
          const left = daysLeft(c.dueAt, now);
          const tone = status === "overdue" ? "bg-red-50 text-red-900 ring-red-700" : status === "dueSoon" ? "bg-amber-50 text-amber-950 ring-amber-600" : "bg-white text-slate-800 ring-slate-300";
          return (
            <span key={c.id} className={`rounded-full px-2.5 py-0.5 text-xs ring-1 ${tone}`} data-testid="clock-badge" data-status={status}>
              {tWf(`clockKinds.${c.kind}`)}: {status === "overdue" ? tWf("overdueBy", { days: -left }) : tWf("daysLeft", { days: left })}
            </span>
          );
        })}
      </div>
      <h1 className="text-xl font-semibold tracking-tight sm:text-3xl">{props.title}</h1>
      {/* Two by two on a phone, small, so the tab's own content starts on the first screen. */}
      <dl className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-4">
        <HeadlineFigure compact label={tCase("peopleAffected")} figure={props.headline.people} />
        <HeadlineFigure compact label={tCase("recordsShared")} figure={props.headline.records} />
        <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
          <dt className="text-xs text-slate-600 sm:text-sm">{tCase("period")}</dt>
          <dd className="mt-1 text-sm font-semibold sm:text-base">{formatPeriod(props.period, props.locale, { ongoing: tCase("ongoing"), unknown: tCase("unknown") })}</dd>
        </div>
        <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
          <dt className="text-xs text-slate-600 sm:text-sm">{tCase("state")}</dt>
          <dd className="mt-1 text-sm font-semibold sm:text-base">{tState(props.state)}</dd>
          <dd className="text-xs text-slate-600 sm:text-sm">{tWf("forDays", { days: props.daysInState })}</dd>
        </div>
      </dl>
      <CaseTabs tabs={props.tabs.map((tab) => ({ key: tab.key, href: tab.href, label: tTabs(tab.labelKey) }))} label={t("caseSections")} />
    </div>
  );
}
