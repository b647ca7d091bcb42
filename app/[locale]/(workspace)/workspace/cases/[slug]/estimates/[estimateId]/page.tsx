import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { countValue, dayValue, textValue } from "@/components/forms/form-values";
import { EstimateForm } from "@/components/workspace/case/estimate-form";
import { EstimateHistory } from "@/components/workspace/case/estimate-history";
import { can } from "@/lib/auth/permissions";
import { deleteEstimateAction } from "@/lib/estimates/actions";
import { getEstimate, listSources } from "@/lib/estimates/list-estimates";
import { loadCasePage } from "@/lib/cases/case-access";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function EstimatePage({ params }: { params: Promise<{ locale: string; slug: string; estimateId: string }> }) {
  const { locale: raw, slug, estimateId } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const { viewer, incident, access } = await loadCasePage(locale, slug, `/estimates/${estimateId}`);
  const [estimate, sources, t, tTabs] = await Promise.all([getEstimate(incident.id, estimateId), listSources(incident.id), getTranslations("caseWs"), getTranslations("tabs")]);
  if (!estimate) notFound();
  const current = estimate.revisions[0];
  return (
    <div className="space-y-6">
      <Link href={`/workspace/cases/${slug}/estimates`} className="text-sm text-blue-800 underline">
        ← {tTabs("people")}
      </Link>
      <h2 className="text-xl font-semibold">{estimate.label}</h2>
      <EstimateHistory revisions={estimate.revisions} caption={`${t("history")}: ${estimate.label}`} />
      {can(viewer, "estimate.edit", access) && current ? (
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
              sourceId: textValue(current.sourceId),
              note: "",
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
