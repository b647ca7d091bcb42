import { getTranslations, setRequestLocale } from "next-intl/server";
import { PeoplePanel } from "@/components/charts/people-panel";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { EstimateForm } from "@/components/workspace/case/estimate-form";
import { EstimateHistory } from "@/components/workspace/case/estimate-history";
import { can } from "@/lib/auth/permissions";
import { restoreEstimateAction } from "@/lib/estimates/actions";
import { listEstimates, listSources } from "@/lib/estimates/list-estimates";
import { loadCasePage } from "@/lib/cases/case-access";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function PeoplePage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/estimates");
  const canRestore = can(viewer, "case.restore", access);
  const [t, tForms, tCharts, estimates, sources] = await Promise.all([
    getTranslations("caseWs"),
    getTranslations("forms"),
    getTranslations("charts"),
    listEstimates(incident.id, { includeDeleted: canRestore }),
    listSources(incident.id),
  ]);
  const countOrNull = (v: bigint | null) => (v === null ? null : Number(v));
  return (
    <div className="space-y-8">
      <p className="text-slate-700">{t("peopleIntro")}</p>
      {estimates.live.length === 0 ? <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">{t("noEstimates")}</p> : null}
      {estimates.live.map((estimate) => (
        <section key={estimate.id} id={`estimate-${estimate.id}`} aria-labelledby={`estimate-${estimate.id}-title`} className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`estimate-${estimate.id}-title`} className="text-lg font-semibold">
              <Link href={`/workspace/cases/${slug}/estimates/${estimate.id}`} className="text-blue-800 hover:underline">
                {estimate.label}
              </Link>
            </h2>
            {can(viewer, "estimate.edit", access) ? (
              <Link href={`/workspace/cases/${slug}/estimates/${estimate.id}`} className="rounded-md border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100">
                {t("revise")}
              </Link>
            ) : null}
          </div>
          <PeoplePanel
            title={`${tCharts("peopleTitle")}: ${estimate.label}`}
            csvName={`${slug}-people-${estimate.id}.csv`}
            points={[...estimate.revisions].reverse().map((r) => ({
              asOf: r.asOf.toISOString().slice(0, 10),
              active: countOrNull(r.active),
              dormant: countOrNull(r.dormant),
              former: countOrNull(r.former),
              unsplit: countOrNull(r.unsplit),
              total: Number(r.total),
              low: countOrNull(r.low),
              high: countOrNull(r.high),
              provenance: r.provenance,
            }))}
          />
          <EstimateHistory revisions={estimate.revisions} caption={`${t("history")}: ${estimate.label}`} />
        </section>
      ))}
      {estimates.deleted.length > 0 ? (
        <div className="rounded-lg bg-slate-50 p-4">
          <h3 className="text-sm font-semibold">{tForms("deletedItems")}</h3>
          <ul className="mt-2 space-y-2 text-sm">
            {estimates.deleted.map((e) => (
              <li key={e.id} className="flex items-center justify-between gap-2">
                <span className="line-through">{e.label}</span>
                <DeleteRestoreButton mode="restore" name={e.label} run={restoreEstimateAction.bind(null, { estimateId: e.id, version: e.version })} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {can(viewer, "estimate.edit", access) ? (
        <details className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <summary className="cursor-pointer text-lg font-semibold">{t("addEstimate")}</summary>
          <div className="mt-4">
            <EstimateForm incidentId={incident.id} slug={slug} sources={sources} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
