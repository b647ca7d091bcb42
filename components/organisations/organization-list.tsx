import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { OrganizationRow } from "@/lib/organisations/list-organizations";

// inputClass (components/forms/field.tsx) lives in a client module, which a server component
// receives as a reference, not as the string: the search box spells the same classes here.
const searchInputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700";

type List = { items: OrganizationRow[]; total: number; page: number; pages: number };

/** The search form (a plain GET, so a search is an address to share) and one page of results. */
export async function OrganizationList({ locale, q, list }: { locale: Locale; q: string; list: List }) {
  const [t, tKind, tSector] = await Promise.all([getTranslations("orgRecords"), getTranslations("orgKind"), getTranslations("orgSector")]);
  const regionNames = new Intl.DisplayNames([locale], { type: "region" });
  const pageHref = (page: number) => `/workspace/organisations?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;
  return (
    <div className="space-y-4">
      <form role="search" method="get" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="org-q" className="block text-sm font-medium text-slate-800">
            {t("searchLabel")}
          </label>
          <input id="org-q" name="q" type="search" defaultValue={q} aria-describedby="org-q-hint" className={`${searchInputClass} mt-1`} />
          <p id="org-q-hint" className="mt-1 text-xs text-slate-600">
            {t("searchHint")}
          </p>
        </div>
        <button type="submit" className="mb-5 rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
          {t("searchButton")}
        </button>
      </form>
      {list.total === 0 ? (
        q ? (
          <EmptyState title={t("noMatchTitle")}>{t("noMatch", { q })}</EmptyState>
        ) : (
          <EmptyState title={t("noneTitle")}>{t("none")}</EmptyState>
        )
      ) : (
        <>
          <p className="text-sm text-slate-700" aria-live="polite">
            {q ? t("countMatching", { count: list.total, q }) : t("count", { count: list.total })}
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="organization-list">
            {list.items.map((o) => {
              const other = locale === "ko" ? o.name : o.nameKo;
              return (
                <li key={o.id} className="p-4">
                  <Link href={`/workspace/organisations/${o.slug}`} className="font-medium text-blue-800 underline">
                    {localized(locale, o.name, o.nameKo)}
                  </Link>
                  {other ? (
                    <span className="ml-2 text-sm text-slate-600" lang={locale === "ko" ? "en" : "ko"}>
                      {other}
                    </span>
                  ) : null}
                  <p className="mt-1 text-sm text-slate-600">
                    {[tKind(o.kind as never), o.sector ? tSector(o.sector as never) : null, o.country ? regionNames.of(o.country) : null, o.registrationNumber ? t("registrationShort", { number: o.registrationNumber }) : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </li>
              );
            })}
          </ul>
          {list.pages > 1 ? (
            <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              {list.page > 1 ? (
                <Link href={pageHref(list.page - 1)} className="text-blue-800 underline" rel="prev">
                  ← {t("previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-slate-700">{t("pageOf", { page: list.page, pages: list.pages })}</span>
              {list.page < list.pages ? (
                <Link href={pageHref(list.page + 1)} className="text-blue-800 underline" rel="next">
                  {t("next")} →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
