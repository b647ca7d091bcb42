// A column header that sorts the table by a link (no script needed; the address keeps the sort):
// the first click sorts the column in its natural direction, the next reverses it. A plain anchor:
// next/link would prefetch every sorted view, each a page rendered per request.
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { trackerSearch, type SortDir, type TrackerQueryKey, type TrackerSort } from "@/lib/public-record/tracker-filters";

const NATURAL: Record<TrackerSort, SortDir> = { date: "desc", amount: "desc", company: "asc", case: "asc" };

export function SortHeader({ column, label, current, raw, locale }: { column: TrackerSort; label: string; current: { sort: TrackerSort; dir: SortDir }; raw: Partial<Record<TrackerQueryKey, string>>; locale: Locale }) {
  const t = useTranslations("tracker");
  const active = current.sort === column;
  const dir: SortDir = active ? (current.dir === "asc" ? "desc" : "asc") : NATURAL[column];
  return (
    <th scope="col" aria-sort={active ? (current.dir === "asc" ? "ascending" : "descending") : undefined}>
      <a href={`/${locale}/sanctions${trackerSearch(raw, { sort: column, dir, page: undefined })}`} className="text-blue-800 underline" aria-label={t("sortBy", { column: label })} data-testid={`sort-${column}`}>
        {label}
        {active ? <span aria-hidden="true"> {current.dir === "asc" ? "▲" : "▼"}</span> : null}
      </a>
    </th>
  );
}
