// The tracker's table: one row per published sanction, every column the issue asks for, amounts
// in their own currency (formatMoney), companies and cases linked to their pages.
import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/cases/localized-text";
import { formatDate } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicSanctionRow } from "@/lib/public-record/sanction-rows";
import type { TrackerFilters, TrackerQueryKey } from "@/lib/public-record/tracker-filters";
import { ArticleLinks, OrganisationName } from "../public-record-links";
import { SidewaysTable } from "./sideways-table";
import { SortHeader } from "./sort-header";

const cell = "px-2 py-2 align-top";

export function TrackerTable({ rows, filters, raw, locale }: { rows: PublicSanctionRow[]; filters: TrackerFilters; raw: Partial<Record<TrackerQueryKey, string>>; locale: Locale }) {
  const t = useTranslations("tracker");
  const tw = useTranslations("workflow");
  const ts = useTranslations("orgSector");
  const sort = { sort: filters.sort, dir: filters.dir };
  const plain = (label: string) => (
    <th scope="col" className="px-2 py-2 text-left font-semibold whitespace-nowrap">
      {label}
    </th>
  );
  return (
    <SidewaysTable label={t("tableLabel")} rowsKey={rows.length}>
      <table className="w-full min-w-[62rem] text-sm" data-testid="tracker-table">
        <caption className="sr-only">{t("tableLabel")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <SortHeader column="company" label={t("columns.company")} current={sort} raw={raw} />
            {plain(t("columns.sector"))}
            {plain(t("columns.authority"))}
            <SortHeader column="date" label={t("columns.date")} current={sort} raw={raw} />
            {plain(t("columns.type"))}
            <SortHeader column="amount" label={t("columns.amount")} current={sort} raw={raw} />
            {plain(t("columns.articles"))}
            {plain(t("columns.appeal"))}
            {plain(t("columns.finalAmount"))}
            <SortHeader column="case" label={t("columns.case")} current={sort} raw={raw} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={`${r.case.slug}:${r.id}`} data-testid="tracker-row" data-case={r.case.slug}>
              <td className={`${cell} min-w-[9rem]`}>
                <OrganisationName organisation={r.subject} />
              </td>
              <td className={cell}>{r.subject.sector ? ts(r.subject.sector) : t("none")}</td>
              <td className={cell}>{r.authority ? <OrganisationName organisation={r.authority} /> : t("none")}</td>
              <td className={`${cell} whitespace-nowrap tabular-nums`}>{r.decisionDate ? formatDate(new Date(`${r.decisionDate}T00:00:00Z`), "day", locale) : t("none")}</td>
              <td className={`${cell} whitespace-nowrap`}>{tw(`sanctionTypes.${r.type}`)}</td>
              <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>{r.amount ? formatMoney(r.amount, locale) : t("none")}</td>
              <td className={cell}>{r.articles.length > 0 ? <ArticleLinks articles={r.articles} locale={locale} /> : t("none")}</td>
              <td className={cell}>{r.appealOutcome ? tw(`appealOutcomes.${r.appealOutcome}`) : t("none")}</td>
              <td className={`${cell} whitespace-nowrap text-right tabular-nums`}>{r.finalAmount ? formatMoney(r.finalAmount, locale) : t("none")}</td>
              <td className={`${cell} min-w-[11rem]`}>
                <Link href={`/cases/${r.case.slug}`} className="text-blue-800 underline">
                  <LocalizedText en={r.case.title} ko={r.case.titleKo} />
                </Link>
                {r.case.isDemo ? <span className="ml-2 rounded border border-amber-300 bg-amber-50 px-1 text-xs text-amber-900">{t("demo")}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </SidewaysTable>
  );
}
