// Previous and next page of the tracker's table, as links that keep every filter and the sort.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { trackerSearch, type TrackerQueryKey } from "@/lib/public-record/tracker-filters";

export function TrackerPages({ page, pages, raw }: { page: number; pages: number; raw: Partial<Record<TrackerQueryKey, string>> }) {
  const t = useTranslations("tracker");
  if (pages <= 1) return null;
  const to = (n: number) => `/sanctions${trackerSearch(raw, { page: n === 1 ? undefined : String(n) })}`;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-blue-800 underline";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3 text-sm" data-testid="tracker-pages">
      {page > 1 ? (
        <Link href={to(page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={to(page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
