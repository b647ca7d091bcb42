// The public home page's body, shared by the cached home page and the per-request search view.
import { getTranslations } from "next-intl/server";
import { CaseCard } from "@/components/cases/case-card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/lib/i18n/navigation";
import { listPublishedCases } from "@/lib/publishing/get-published-case";
import { filterPublishedCases, type PublicFilters } from "@/lib/publishing/public-filters";
import { PUBLIC_STAGES } from "@/lib/publishing/public-stage";
import { Options } from "@/components/ui/options";
import { PageHeader } from "@/components/ui/page-header";

/**
 * The public case list with its search and filters. The home page renders it unfiltered (a cached
 * page); an address with filters is rewritten to /<locale>/search (next.config.ts), rendered per
 * request. The caller has told next-intl the locale.
 */
export async function HomeView({ filters }: { filters: PublicFilters }) {
  const [t, tState, all] = await Promise.all([getTranslations("home"), getTranslations("publicStage"), listPublishedCases()]);
  const cases = filterPublishedCases(all, filters);
  const filtered = Boolean(filters.q || filters.stage || filters.category || filters.year);
  const categories = [...new Set(all.flatMap((c) => c.dataCategories.map((d) => d.name)))].sort();
  const years = [...new Set(all.map((c) => c.publishedAt.getUTCFullYear()))].sort((a, b) => b - a);
  const field = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {all.length > 0 ? (
        <form method="get" role="search" aria-label={t("searchLabel")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5" data-testid="public-filters">
          <label className="text-sm lg:col-span-2">
            <span className="font-medium">{t("search")}</span>
            <input name="q" type="search" defaultValue={filters.q ?? ""} className={field} />
          </label>
          <label className="text-sm">
            <span className="font-medium">{t("state")}</span>
            <select name="stage" defaultValue={filters.stage ?? ""} className={field}>
              <option value="">{t("any")}</option>
              <Options values={PUBLIC_STAGES} label={(s) => tState(s)} />
            </select>
          </label>
          <label className="text-sm">
            <span className="font-medium">{t("category")}</span>
            <select name="category" defaultValue={filters.category ?? ""} className={field}>
              <option value="">{t("any")}</option>
              <Options values={categories} label={(c) => c} />
            </select>
          </label>
          <label className="text-sm">
            <span className="font-medium">{t("year")}</span>
            <select name="year" defaultValue={filters.year?.toString() ?? ""} className={field}>
              <option value="">{t("any")}</option>
              <Options values={years} label={(y) => String(y)} />
            </select>
          </label>
          <div className="flex items-center gap-3 sm:col-span-2 lg:col-span-5">
            <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
              {t("apply")}
            </button>
            {filtered ? (
              <Link href="/" className="text-sm text-blue-800 underline">
                {t("clear")}
              </Link>
            ) : null}
            <p className="text-sm text-slate-600" data-testid="public-count">
              {t("count", { count: cases.length })}
            </p>
          </div>
        </form>
      ) : null}
      {cases.length === 0 ? (
        <EmptyState title={filtered ? t("noMatchTitle") : t("emptyTitle")}>
          <p>{filtered ? t("noMatchBody") : t("emptyBody")}</p>
        </EmptyState>
      ) : (
        <div className="grid gap-5 lg:grid-cols-2">
          {cases.map((item) => (
            <CaseCard key={item.slug} item={item} />
          ))}
        </div>
      )}
    </div>
  );
}
