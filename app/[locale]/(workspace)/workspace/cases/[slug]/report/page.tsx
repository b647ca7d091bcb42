import { getTranslations } from "next-intl/server";
import { EstimateHistory } from "@/components/workspace/case/estimate-history";
import { FindingBadges } from "@/components/workspace/case/finding-badges";
import { PrintButton } from "@/components/workspace/case/print-button";
import { ReversibilityCheck } from "@/components/workspace/case/reversibility-check";
import { listCategories } from "@/lib/data-categories/list-categories";
import { listEstimates } from "@/lib/estimates/list-estimates";
import { listFindings } from "@/lib/findings/list-findings";
import { SanctionHistory, WorkflowHistory } from "@/components/workflow/workflow-panels";
import { formatDate, formatDateTime, formatInstantDay, formatPeriod } from "@/lib/format/date";
import { formatExact } from "@/lib/format/number";
import { loadCasePage } from "@/lib/cases/case-access";
import { yearlyTotals } from "@/lib/series/yearly-totals";
import { listEvents } from "@/lib/timeline/list-events";
import { getWorkflow } from "@/lib/workflow/get-workflow";
import { localized } from "@/lib/i18n/localized";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

/** The whole case on one page, laid out for paper (the print stylesheet hides the app around it). */
export default async function CaseReportPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await pageLocale(params);
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/report");
  const [t, tCase, tWs, tTabs, tWf, tState, findings, categories, estimates, events, years, workflow] = await Promise.all([
    getTranslations("export"),
    getTranslations("case"),
    getTranslations("caseWs"),
    getTranslations("tabs"),
    getTranslations("workflow"),
    getTranslations("state"),
    listFindings(incident.id, { includeDeleted: false }),
    listCategories(incident.id, { includeDeleted: false }),
    listEstimates(incident.id, { includeDeleted: false }),
    listEvents(incident.id, { includeDeleted: false }),
    yearlyTotals(incident.id),
    getWorkflow(viewer, incident, access),
  ]);
  const h2 = "mt-8 break-after-avoid border-b border-slate-300 pb-1 text-lg font-semibold";
  return (
    <article className="report space-y-4 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-xl font-semibold">{t("reportTitle")}</h2>
        <PrintButton label={t("print")} />
      </div>
      <p className="text-xs text-slate-600">{t("generated", { date: formatDateTime(new Date(), locale), name: viewer.name })}</p>
      <p className="whitespace-pre-line">{localized(locale, incident.summary, incident.summaryKo)}</p>
      <p>
        <span className="font-medium">{tCase("period")}:</span>{" "}
        {formatPeriod({ start: incident.conductStart, startPrecision: incident.conductStartPrecision, end: incident.conductEnd, endPrecision: incident.conductEndPrecision }, locale, {
          ongoing: tCase("ongoing"),
          unknown: tCase("unknown"),
        })}
      </p>

      <h3 className={h2}>{tTabs("findings")}</h3>
      <ol className="list-decimal space-y-2 pl-5">
        {findings.live.map((f) => (
          <li key={f.id} className="break-inside-avoid">
            <p className="font-medium">
              {f.title} <FindingBadges severity={f.severity} status={f.status} />
            </p>
            <p className="whitespace-pre-line">{f.body}</p>
            {f.legalArticles.length ? <p className="text-xs">{f.legalArticles.join("; ")}</p> : null}
          </li>
        ))}
      </ol>

      <h3 className={h2}>{tTabs("data")}</h3>
      <div className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
        {categories.live.map((c) => (
          <div key={c.id} className="break-inside-avoid space-y-1">
            <p className="font-medium">{localized(locale, c.name, c.nameKo)}</p>
            <ReversibilityCheck check={c.check} />
          </div>
        ))}
      </div>

      <h3 className={h2}>{tTabs("people")}</h3>
      {estimates.live.map((e) => (
        <div key={e.id} className="break-inside-avoid">
          <p className="font-medium">{e.label}</p>
          <EstimateHistory revisions={e.revisions} caption={e.label} />
        </div>
      ))}

      <h3 className={h2}>{tTabs("timeline")}</h3>
      <ul className="space-y-1">
        {events.live.map((e) => (
          <li key={e.id} className="break-inside-avoid">
            <span className="font-medium">{formatDate(e.occurredOn, e.precision, locale)}</span> — {localized(locale, e.title, e.titleKo)}
            {e.inferenceNote ? <span className="block text-xs text-slate-600">{e.inferenceNote}</span> : null}
          </li>
        ))}
      </ul>

      <h3 className={h2}>{tTabs("records")}</h3>
      <table className="text-right tabular-nums">
        <thead>
          <tr>
            <th scope="col" className="pr-6 text-left">{tWs("recordsYear")}</th>
            <th scope="col" className="pr-6">{tWs("recordsDays")}</th>
            <th scope="col">{tWs("recordsTotal")}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.year}>
              <th scope="row" className="pr-6 text-left font-normal">{y.year}</th>
              <td className="pr-6">{formatExact(y.days, locale)}</td>
              <td>{formatExact(y.records, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className={h2}>{tTabs("workflow")}</h3>
      <p>{tWf("timeInState", { state: tState(workflow.state), days: workflow.daysInState, since: formatInstantDay(workflow.stateEnteredAt, locale) })}</p>
      {workflow.sanctionChains.map(({ current, chain }) => (
        <div key={current.id} className="break-inside-avoid">
          <p className="font-medium">
            {tWf(`sanctionTypes.${current.type}`)} · {current.subjectName}
          </p>
          <SanctionHistory chain={chain} locale={locale} />
        </div>
      ))}
      <WorkflowHistory history={workflow.history} locale={locale} />
    </article>
  );
}
