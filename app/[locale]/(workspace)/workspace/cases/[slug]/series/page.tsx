import { getTranslations } from "next-intl/server";
import { RecordsPanel } from "@/components/charts/records-panel";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { SeriesImport } from "@/components/workspace/case/series-import";
import { can } from "@/lib/auth/permissions";
import { formatExact } from "@/lib/format/number";
import type { Provenance } from "@/lib/generated/prisma/enums";
import { loadCasePage } from "@/lib/cases/case-access";
import { yearlyTotals } from "@/lib/series/yearly-totals";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

export default async function RecordsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await pageLocale(params);
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/series");
  const [t, years] = await Promise.all([getTranslations("caseWs"), yearlyTotals(incident.id)]);
  return (
    <div className="space-y-6">
      <RecordsPanel endpoint={`/api/cases/${slug}/series`} csvPrefix={slug} />
      {can(viewer, "series.import", access) ? <SeriesImport slug={slug} /> : null}
      {years.length === 0 ? null : (
        <table className="w-full max-w-2xl text-right text-sm tabular-nums">
          <caption className="mb-2 text-left text-slate-700">{t("recordsIntro")}</caption>
          <thead className="border-b border-slate-300 text-slate-700">
            <tr>
              <th scope="col" className="py-2 text-left font-medium">{t("recordsYear")}</th>
              <th scope="col" className="py-2 font-medium">{t("recordsDays")}</th>
              <th scope="col" className="py-2 font-medium">{t("recordsTotal")}</th>
              <th scope="col" className="py-2 pl-3 text-left font-medium">{t("provenance")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row" className="py-2 text-left font-medium">{y.year}</th>
                <td className="py-2">{formatExact(y.days, locale)}</td>
                <td className="py-2">{formatExact(y.records, locale)}</td>
                <td className="space-x-1 py-2 pl-3 text-left">
                  {y.provenances.map((p) => (
                    <ProvenanceBadge key={p} provenance={p as Provenance} />
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
