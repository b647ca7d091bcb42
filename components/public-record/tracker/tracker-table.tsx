// The tracker's table: one row per published sanction, every column the issue asks for, amounts
// in their own currency (formatMoney), companies, articles and cases linked to their pages.
// Kept light on purpose (the cached page's throughput falls with its bytes, and Next sends the
// page twice: the HTML and the flight payload): the cells are styled by a few rules on the table,
// not a class list each; the rows travel as compact tuples (TrackerRows); links are plain anchors
// (a next/link in every row is a client component whose props ride in the payload, and it
// prefetches every case and company on the screen).
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import type { PublicSanctionRow } from "@/lib/public-record/sanction-rows";
import type { TrackerFilters, TrackerQueryKey } from "@/lib/public-record/tracker-filters";
import { SidewaysTable } from "./sideways-table";
import { SortHeader } from "./sort-header";
import { trackerRowData } from "./tracker-row-data";
import { TrackerRows } from "./tracker-rows";

// Columns: 1 company, 2 sector, 3 authority, 4 date, 5 type, 6 amount, 7 articles, 9 final amount, 10 case.
const TABLE = [
  "w-full min-w-[62rem] text-sm [&_th]:px-2 [&_th]:py-2 [&_th]:text-left [&_th]:font-semibold [&_th]:whitespace-nowrap",
  "[&_td]:px-2 [&_td]:py-2 [&_td]:align-top [&_tbody_tr+tr]:border-t [&_tbody_tr+tr]:border-slate-100",
  "[&_td_a]:text-blue-800 [&_td_a]:underline [&_td:nth-child(7)_a]:block [&_td:nth-child(7)>*+*]:mt-1",
  "[&_td:nth-child(n+4):nth-child(-n+7)]:whitespace-nowrap [&_td:nth-child(9)]:whitespace-nowrap",
  "[&_td:nth-child(4)]:tabular-nums [&_td:nth-child(6)]:text-right [&_td:nth-child(6)]:tabular-nums [&_td:nth-child(9)]:text-right [&_td:nth-child(9)]:tabular-nums",
  // Korean breaks between any two syllables: the sector stays on one line, the authority gets room.
  "[&_td:first-child]:min-w-36 [&_td:nth-child(2)]:whitespace-nowrap [&_td:nth-child(3)]:min-w-32 [&_td:last-child]:min-w-44",
].join(" ");

export function TrackerTable({ rows, filters, raw, locale }: { rows: PublicSanctionRow[]; filters: TrackerFilters; raw: Partial<Record<TrackerQueryKey, string>>; locale: Locale }) {
  const t = useTranslations("tracker");
  const tw = useTranslations("workflow");
  const ts = useTranslations("orgSector");
  const sort = { sort: filters.sort, dir: filters.dir };
  const plain = (label: string) => <th scope="col">{label}</th>;
  const sortable = (column: Parameters<typeof SortHeader>[0]["column"], label: string) => <SortHeader column={column} label={label} current={sort} raw={raw} locale={locale} />;
  return (
    <SidewaysTable label={t("tableLabel")} rowsKey={rows.length}>
      <table className={TABLE} data-testid="tracker-table">
        <caption className="sr-only">{t("tableLabel")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            {sortable("company", t("columns.company"))}
            {plain(t("columns.sector"))}
            {plain(t("columns.authority"))}
            {sortable("date", t("columns.date"))}
            {plain(t("columns.type"))}
            {sortable("amount", t("columns.amount"))}
            {plain(t("columns.articles"))}
            {plain(t("columns.appeal"))}
            {plain(t("columns.finalAmount"))}
            {sortable("case", t("columns.case"))}
          </tr>
        </thead>
        <TrackerRows data={trackerRowData(rows, { locale, none: t("none"), sector: (s) => ts(s), type: (k) => tw(`sanctionTypes.${k}`), appeal: (k) => tw(`appealOutcomes.${k}`) })} locale={locale} demo={t("demo")} />
      </table>
    </SidewaysTable>
  );
}
