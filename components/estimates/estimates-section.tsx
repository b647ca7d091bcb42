import type { MessageNamespace } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PeoplePanel } from "@/components/charts/people-panel";
import { EstimateForm } from "@/components/estimates/estimate-form";
import { EstimateHistory } from "@/components/estimates/estimate-history";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { DeletedItems } from "@/components/forms/deleted-items";
import { countValue, dayValue } from "@/components/forms/form-values";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import type { SectionViewProps } from "@/lib/cases/sections";
import { deleteEstimateAction, restoreEstimateAction } from "@/lib/estimates/actions";
import { getEstimate, listEstimates } from "@/lib/estimates/list-estimates";
import { sourceChoices } from "@/lib/sources/list-sources";
import { Link } from "@/lib/i18n/navigation";
import { Disclosure } from "@/components/ui/disclosure";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["caseWs", "charts", "citation", "dayField", "errors", "forms", "provenance", "validation"];
export async function SectionList({ viewer, incident, access, slug, canEdit }: SectionViewProps) {
  const canRestore = can(viewer, "case.restore", access);
  const [t, tCharts, estimates, sources] = await Promise.all([
    getTranslations("caseWs"),
    getTranslations("charts"),
    listEstimates(incident.id, { includeDeleted: canRestore }),
    sourceChoices(incident.id),
  ]);
  const countOrNull = (v: bigint | null) => (v === null ? null : Number(v));
  return (
    <div className="space-y-8">
      <p className="text-slate-700">{t("peopleIntro")}</p>
      {estimates.live.length === 0 ? <EmptyState>{t("noEstimates")}</EmptyState> : null}
      {estimates.live.map((estimate) => (
        <section key={estimate.id} id={`estimate-${estimate.id}`} aria-labelledby={`estimate-${estimate.id}-title`} className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`estimate-${estimate.id}-title`} className="text-lg font-semibold">
              <Link href={`/workspace/cases/${slug}/estimates/${estimate.id}`} className="text-blue-800 hover:underline">
                {estimate.label}
              </Link>
            </h2>
            {canEdit ? (
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
      <DeletedItems items={estimates.deleted.map((e) => ({ id: e.id, name: e.label, restore: restoreEstimateAction.bind(null, { estimateId: e.id, version: e.version }) }))} />
      {canEdit ? (
        <Disclosure summary={t("addEstimate")} startOpen={estimates.live.length === 0}>
          <EstimateForm incidentId={incident.id} slug={slug} sources={sources} />
        </Disclosure>
      ) : null}
    </div>
  );
}

export async function SectionItem({ viewer, incident, access, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const [estimate, sources, t] = await Promise.all([getEstimate(incident.id, itemId), sourceChoices(incident.id), getTranslations("caseWs")]);
  if (!estimate) notFound();
  const current = estimate.revisions[0];
  return (
    <div className="space-y-6">
      <SectionBackLink slug={slug} section="estimates" />
      <h2 className="text-xl font-semibold">{estimate.label}</h2>
      <EstimateHistory revisions={estimate.revisions} caption={`${t("history")}: ${estimate.label}`} />
      {canEdit && current ? (
        <section aria-labelledby="revise-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <h3 id="revise-heading" className="mb-3 text-lg font-semibold">
            {t("reviseTitle")}
          </h3>
          <EstimateForm
            key={estimate.version}
            estimateId={estimate.id}
            version={estimate.version}
            slug={slug}
            sources={sources}
            current={{
              asOf: dayValue(current.asOf),
              active: countValue(current.active),
              dormant: countValue(current.dormant),
              former: countValue(current.former),
              unsplit: countValue(current.unsplit),
              low: countValue(current.low),
              high: countValue(current.high),
              provenance: current.provenance,
            }}
          />
        </section>
      ) : null}
      {can(viewer, "case.delete", access) ? (
        <DeleteRestoreButton mode="delete" name={estimate.label} run={deleteEstimateAction.bind(null, { estimateId: estimate.id, version: estimate.version })} after={`/workspace/cases/${slug}/estimates`} />
      ) : null}
    </div>
  );
}

export async function SectionReport({ incident }: SectionViewProps) {
  const estimates = await listEstimates(incident.id, { includeDeleted: false });
  return estimates.live.map((e) => (
    <div key={e.id} className="break-inside-avoid">
      <p className="font-medium">{e.label}</p>
      <EstimateHistory revisions={e.revisions} caption={e.label} />
    </div>
  ));
}
