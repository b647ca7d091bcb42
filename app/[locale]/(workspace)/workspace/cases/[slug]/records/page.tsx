import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProvenanceBadge } from "@/components/incidents/provenance-badge";
import { formatExact } from "@/lib/format/number";
import type { Provenance } from "@/lib/generated/prisma/enums";
import { loadCasePage } from "@/lib/incidents/case-access";
import { yearlyTotals } from "@/lib/series/yearly-totals";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export default async function RecordsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const { incident } = await loadCasePage(locale, slug, "/records");
  const [t, years] = await Promise.all([getTranslations("caseWs"), yearlyTotals(incident.id)]);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("recordsIntro")}</p>
      {years.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">{t("noRecords")}</p>
      ) : (
        <table className="w-full max-w-2xl text-right text-sm tabular-nums">
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
