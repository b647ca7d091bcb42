import { getTranslations } from "next-intl/server";
import { TrackerForm } from "@/components/public-record/tracker/tracker-form";
import { TrackerProblems } from "@/components/public-record/tracker/tracker-problems";
import { TrackerTable } from "@/components/public-record/tracker/tracker-table";
import { TrackerPages } from "@/components/public-record/tracker/tracker-pages";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { listPublicSanctions } from "@/lib/public-record/public-reads";
import { filterSanctions, pageOf, parseTrackerQuery, problemCodes, rawTrackerQuery, sortSanctions, trackerSearch } from "@/lib/public-record/tracker-filters";

type Query = Record<string, string | string[] | undefined>;

/** The tracker for one query: the cached page passes none, the per-request view the address's. */
export async function TrackerView({ locale, query }: { locale: Locale; query: Query }) {
  const [t, all] = await Promise.all([getTranslations("tracker"), listPublicSanctions()]);
  const raw = rawTrackerQuery(query);
  const parsed = parseTrackerQuery(query);
  const filtered = Object.keys(raw).some((key) => key !== "sort" && key !== "dir" && key !== "page");
  const rows = parsed.success ? sortSanctions(filterSanctions(all, parsed.data), parsed.data, locale) : [];
  const shown = pageOf(rows, parsed.success ? parsed.data.page : 1);
  const whole = trackerSearch(raw, { page: undefined });
  const link = "text-blue-800 underline";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {all.length > 0 ? <TrackerForm rows={all} raw={raw} locale={locale} filtered={filtered} /> : null}
      {!parsed.success ? (
        <TrackerProblems problems={problemCodes(parsed.error)} />
      ) : all.length === 0 ? (
        <EmptyState title={t("emptyTitle")} />
      ) : (
        <>
          <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2 text-sm">
            <p className="font-medium" data-testid="tracker-count" aria-live="polite">
              {t("count", { count: rows.length })}
            </p>
            {shown.pages > 1 ? <p data-testid="tracker-showing">{t("showing", { from: shown.from, to: shown.to, total: rows.length })}</p> : null}
            <p data-testid="tracker-downloads">
              {t("download")}{" "}
              <a href={`/api/public/sanctions${trackerSearch(raw, { format: "csv", page: undefined })}`} className={link} download>
                CSV
              </a>{" "}
              ·{" "}
              <a href={`/api/public/sanctions${whole}`} className={link}>
                JSON
              </a>
            </p>
            <p>
              <a href={`/${locale}/sanctions/feed.xml`} className={link}>
                {t("feed")}
              </a>
            </p>
          </div>
          {rows.length === 0 ? (
            <EmptyState title={t("noMatchTitle")} action={<Link href="/sanctions" className={link}>{t("clear")}</Link>}>
              <p>{t("noMatchBody")}</p>
            </EmptyState>
          ) : (
            <>
              <p className="text-xs text-slate-600">{t("amountNote")}</p>
              <TrackerTable rows={shown.rows} filters={parsed.data} raw={raw} locale={locale} />
              <TrackerPages page={shown.page} pages={shown.pages} raw={raw} locale={locale} />
            </>
          )}
        </>
      )}
    </div>
  );
}
