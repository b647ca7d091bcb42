import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RecordsPanel } from "@/components/charts/records-panel";
import { CasesByStateChart, OpenedClosedChart } from "@/components/charts/dashboard-charts";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requireViewer } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { loadOverview } from "@/lib/dashboard/overview";
import { ALL_CASES_BUCKETS } from "@/lib/series/get-all-series";
import { formatCount, formatExact } from "@/lib/format/number";
import type { WorkflowState } from "@/lib/generated/prisma/enums";
import { pageLocale } from "@/lib/i18n/page-locale";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { CLOCK_FILTERS } from "@/lib/workflow/clocks";
import { WORKFLOW_STATES } from "@/lib/enums";
import { PageHeader } from "@/components/ui/page-header";
import { AuthorityDeadlinesPanel } from "@/components/my-work/authority-deadlines-panel";
import { cachedAuthorityDeadlines } from "@/lib/my-work/cached-authority-deadlines";
import { authoritySettings } from "@/lib/my-work/load-my-work";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

const OPEN_STATES = WORKFLOW_STATES.filter((s) => s !== "closed" && s !== "dismissed");

function monthRange(month: string) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return `from=${month}-01&to=${last}`;
}

export default async function OverviewPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await pageLocale(params);
  const rawClock = (await searchParams).clock;
  const clock = CLOCK_FILTERS.find((c) => c === rawClock);
  // Every link from a filtered dashboard keeps the filter, so the case list shows the same cases.
  const keep = (href: string) => (clock ? `${href}${href.includes("?") ? "&" : "?"}clock=${clock}` : href);
  const viewer = await requireViewer(locale, `/${locale}/workspace/overview`);
  if (!can(viewer, "case.list")) notFound();
  const now = new Date();
  const authorityPending = cachedAuthorityDeadlines(viewer, { limit: 10, ...authoritySettings() });
  const [t, tState, tCharts, overview] = await Promise.all([getTranslations("dashboard"), getTranslations("state"), getTranslations("charts"), loadOverview(viewer, { clock })]);
  const authority = await authorityPending;
  const card = "block rounded-lg border border-slate-200 bg-white p-4 hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-blue-700";
  const deadlineLinks = (
    <nav aria-label={t("deadlinesTitle")} className="flex flex-wrap items-center gap-2 text-sm" data-testid="deadline-filter">
      <span className="font-medium text-slate-800">{t("deadlinesTitle")}:</span>
      {([undefined, ...CLOCK_FILTERS] as const).map((c) => (
        <Link
          key={c ?? "all"}
          href={c ? `/workspace/overview?clock=${c}` : "/workspace/overview"}
          aria-current={c === clock ? "page" : undefined}
          className={`rounded-full px-3 py-1 ring-1 ${c === clock ? "bg-slate-900 text-white ring-slate-900" : "bg-white text-slate-800 ring-slate-300 hover:bg-slate-100"}`}
        >
          {c === "overdue" ? t("overdueCount", { count: overview.deadlines.overdue }) : c === "due_soon" ? t("dueSoonCount", { count: overview.deadlines.dueSoon }) : t("allDeadlines")}
        </Link>
      ))}
      {clock ? (
        <Link href={`/workspace?clock=${clock}`} className="text-blue-800 underline">
          {t("openInList")}
        </Link>
      ) : null}
    </nav>
  );
  if (overview.totals.cases === 0) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} />
        {deadlineLinks}
        <EmptyState title={clock ? t("emptyFilteredTitle") : t("emptyTitle")}>
          <p>{clock ? t("emptyFilteredBody") : t("emptyBody")}</p>
        </EmptyState>
      </div>
    );
  }
  return (
    <ClientMessages namespaces={["charts", "dashboard", "dayField", "provenance"]}>
      <div className="space-y-8">
        <PageHeader title={t("title")} intro={t("intro")} />
        {deadlineLinks}
        <AuthorityDeadlinesPanel deadlines={authority} locale={locale} now={now} />
        <div className="grid gap-3 sm:grid-cols-3">
          <Link href={keep(`/workspace?state=${OPEN_STATES.join(",")}`)} className={card} data-testid="total-open">
            <p className="text-sm text-slate-600">{t("openCases")}</p>
            <p className="text-3xl font-semibold tabular-nums">{formatExact(overview.totals.open, locale)}</p>
            <p className="text-xs text-slate-600">{t("allCases", { count: overview.totals.cases })}</p>
          </Link>
          <Link href={keep("/workspace")} className={card}>
            <p className="text-sm text-slate-600">{t("people")}</p>
            <p className="text-3xl font-semibold tabular-nums" title={formatExact(overview.totals.people, locale)}>
              {formatCount(overview.totals.people, locale)}
            </p>
            <p className="text-xs text-slate-600">{t("sumNote")}</p>
          </Link>
          <Link href={keep("/workspace")} className={card}>
            <p className="text-sm text-slate-600">{t("records")}</p>
            <p className="text-3xl font-semibold tabular-nums" title={formatExact(overview.totals.records, locale)}>
              {formatCount(overview.totals.records, locale)}
            </p>
            <p className="text-xs text-slate-600">{t("sumNote")}</p>
          </Link>
        </div>
        {clock ? null : <RecordsPanel endpoint="/api/series" csvPrefix="all-cases" buckets={ALL_CASES_BUCKETS} title={tCharts("recordsAcross")} acrossCases />}
        <div className="grid gap-6 lg:grid-cols-2">
          <CasesByStateChart
            rows={WORKFLOW_STATES.map((state) => ({
              label: tState(state),
              state,
              cases: overview.byState.find((r) => r.state === state)?.cases ?? 0,
              href: keep(`/workspace?state=${state}`),
            }))}
          />
          <OpenedClosedChart
            rows={overview.perMonth.map((m) => ({
              label: m.month,
              month: m.month,
              opened: m.opened,
              closed: m.closed,
              openedHref: keep(`/workspace?${monthRange(m.month)}`),
              closedHref: keep(`/workspace?dates=closed&${monthRange(m.month)}`),
            }))}
          />
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <section aria-labelledby="median-days" className="rounded-lg border border-slate-200 p-4">
            <h2 id="median-days" className="text-lg font-semibold">
              {t("medianDays")}
            </h2>
            <table className="mt-2 w-full text-sm tabular-nums">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="py-1 font-medium">{t("state")}</th>
                  <th scope="col" className="py-1 text-right font-medium">{t("median")}</th>
                  <th scope="col" className="py-1 text-right font-medium">{t("spells")}</th>
                </tr>
              </thead>
              <tbody>
                {WORKFLOW_STATES.filter((s) => overview.medianDays.some((m) => m.state === s)).map((state) => {
                  const m = overview.medianDays.find((r) => r.state === state)!;
                  return (
                    <tr key={state} className="border-b border-slate-100">
                      <th scope="row" className="py-1 text-left font-normal">
                        <Link href={keep(`/workspace?state=${state}`)} className="text-blue-800 underline">
                          {tState(state as WorkflowState)}
                        </Link>
                      </th>
                      <td className="py-1 text-right">{m.medianDays.toLocaleString(locale === "ko" ? "ko-KR" : "en-US")}</td>
                      <td className="py-1 text-right">{m.spells}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <p className="mt-2 text-xs text-slate-600">{t("medianNote")}</p>
          </section>
          <section aria-labelledby="largest" className="rounded-lg border border-slate-200 p-4">
            <h2 id="largest" className="text-lg font-semibold">
              {t("largest")}
            </h2>
            <ol className="mt-2 space-y-1 text-sm">
              {overview.largest.map((c) => (
                <li key={c.slug} className="flex items-baseline justify-between gap-3">
                  <Link href={`/workspace/cases/${c.slug}`} className="text-blue-800 underline">
                    {localized(locale, c.title, c.titleKo)}
                  </Link>
                  <span className="inline-flex shrink-0 items-center gap-2 tabular-nums">
                    {formatCount(c.people ?? 0, locale)}
                    {c.provenance ? <ProvenanceBadge provenance={c.provenance} /> : null}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </ClientMessages>
  );
}
