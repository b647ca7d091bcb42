// Previous and next page of the tracker's table, as links that keep every filter and the sort
// (plain anchors: next/link would prefetch the next page, a page rendered per request).
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { trackerSearch, type TrackerQueryKey } from "@/lib/public-record/tracker-filters";

export function TrackerPages({ page, pages, raw, locale }: { page: number; pages: number; raw: Partial<Record<TrackerQueryKey, string>>; locale: Locale }) {
  const t = useTranslations("tracker");
  if (pages <= 1) return null;
  const to = (n: number) => `/${locale}/sanctions${trackerSearch(raw, { page: n === 1 ? undefined : String(n) })}`;
  const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-blue-800 underline";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-3 text-sm" data-testid="tracker-pages">
      {page > 1 ? (
        <a href={to(page - 1)} className={link} rel="prev">
          {t("previous")}
        </a>
      ) : null}
      <span>{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <a href={to(page + 1)} className={link} rel="next">
          {t("next")}
        </a>
      ) : null}
    </nav>
  );
}
