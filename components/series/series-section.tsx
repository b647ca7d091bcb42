import type { MessageNamespace } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { RecordsPanel } from "@/components/charts/records-panel";
import { SeriesImport } from "@/components/series/series-import";
import type { SectionViewProps } from "@/lib/cases/sections";
import { formatExact } from "@/lib/format/number";
import type { Provenance } from "@/lib/generated/prisma/enums";
import { yearlyTotals } from "@/lib/series/yearly-totals";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["charts", "dayField", "import", "provenance"];
export async function SectionList({ incident, locale, slug, canEdit }: SectionViewProps) {
  const [t, years] = await Promise.all([getTranslations("caseWs"), yearlyTotals(incident.id)]);
  return (
    <div className="space-y-6">
      <RecordsPanel endpoint={`/api/cases/${slug}/series`} csvPrefix={slug} />
      {canEdit ? <SeriesImport slug={slug} /> : null}
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

export async function SectionReport({ incident, locale }: SectionViewProps) {
  const [t, years] = await Promise.all([getTranslations("caseWs"), yearlyTotals(incident.id)]);
  return (
    <table className="text-right tabular-nums">
      <thead>
        <tr>
          <th scope="col" className="pr-6 text-left">{t("recordsYear")}</th>
          <th scope="col" className="pr-6">{t("recordsDays")}</th>
          <th scope="col">{t("recordsTotal")}</th>
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
  );
}
