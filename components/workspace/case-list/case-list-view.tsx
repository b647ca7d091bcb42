"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { formatCount } from "@/lib/format/number";
import type { Provenance, WorkflowState } from "@/lib/generated/prisma/enums";
import { SORTS } from "@/lib/cases/case-list-query";
import type { CaseListPage } from "@/lib/cases/search-cases";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { CaseListFilters, type Facets } from "./case-list-filters";
import { EvidenceHit } from "./evidence-hit";
import { useCaseList, useCaseListFilters } from "./use-case-list";

type CaseRow = CaseListPage["items"][number];

export function CaseListView({ facets }: { facets: Facets }) {
  const t = useTranslations("caseList");
  const tWs = useTranslations("workspace");
  const [filters, setFilters] = useCaseListFilters();
  const [search, setSearch] = useState(filters.q);
  const list = useCaseList(filters);

  // Search as the user types, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search !== filters.q) void setFilters({ q: search || null });
    }, 300);
    return () => clearTimeout(timer);
  }, [search, filters.q, setFilters]);

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const clear = () => {
    setSearch("");
    void setFilters({ q: null, state: null, org: null, recipient: null, category: null, from: null, to: null, dates: null, clock: null });
  };

  return (
    <div className="grid gap-6 lg:grid-cols-4">
      <aside className="min-w-0 space-y-4 lg:col-span-1" aria-label={t("filters")}>
        <label className="block text-sm">
          <span className="font-medium text-slate-800">{t("search")}</span>
          <input type="search" className={`${inputClass} mt-1`} value={search} placeholder={t("searchPlaceholder")} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <CaseListFilters facets={facets} filters={filters} setFilters={setFilters} onClear={clear} />
      </aside>

      <section className="min-w-0 space-y-3 lg:col-span-3" aria-label={tWs("casesTitle")} aria-busy={list.isFetching}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-600" aria-live="polite">
            {list.isFetching && !list.isFetchingNextPage ? t("updating") : list.data ? t("results", { count: items.length }) : ""}
          </p>
          <label className="flex items-center gap-2 text-sm">
            <span className="font-medium">{t("sort")}</span>
            <select className="rounded-md border border-slate-400 px-2 py-1" value={filters.sort} onChange={(e) => void setFilters({ sort: e.target.value as (typeof SORTS)[number] })}>
              <Options values={SORTS} label={(s) => t(`sorts.${s}`)} />
            </select>
          </label>
        </div>

        {list.isError ? (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900">
            {t("error")}{" "}
            <button type="button" className="underline" onClick={() => void list.refetch()}>
              {t("retry")}
            </button>
          </div>
        ) : null}

        <div className={`transition-opacity ${list.isPlaceholderData ? "opacity-60" : ""}`}>
          {/* A phone gets one card per case; a wider screen the table. Only one is ever displayed. */}
          <CaseCards items={items} pending={list.isPending} />
          <CaseTable items={items} pending={list.isPending} />
          {!list.isPending && items.length === 0 ? (
            <div className="rounded-lg border border-slate-200 p-8 text-center text-slate-600">
              <p className="font-medium">{t("noMatch")}</p>
              <p className="text-sm">{t("noMatchHint")}</p>
            </div>
          ) : null}
        </div>
        {list.hasNextPage ? (
          <button type="button" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()} className="rounded-md border border-slate-400 px-4 py-2 text-sm hover:bg-slate-100 disabled:opacity-60">
            {list.isFetchingNextPage ? t("loading") : t("loadMore")}
          </button>
        ) : null}
      </section>
    </div>
  );
}

function Figure({ figure }: { figure: CaseRow["people"] }) {
  const locale = useAppLocale();
  if (!figure) return <>–</>;
  return (
    <span className="inline-flex items-center gap-2">
      {formatCount(figure.value, locale)} <ProvenanceBadge provenance={figure.provenance as Provenance} />
    </span>
  );
}

function CaseName({ item }: { item: CaseRow }) {
  const tWs = useTranslations("workspace");
  const locale = useAppLocale();
  return (
    <>
      <Link href={`/workspace/cases/${item.slug}`} className="text-blue-800 underline-offset-2 hover:underline">
        {localized(locale, item.title, item.titleKo)}
      </Link>
      <span className="block text-xs font-normal text-slate-600">
        {localized(locale, item.organization.name, item.organization.nameKo)}
        {item.isDemo ? ` · ${tWs("demo")}` : ""}
      </span>
      {item.evidence ? <EvidenceHit slug={item.slug} hit={item.evidence} /> : null}
    </>
  );
}

function CaseCards({ items, pending }: { items: CaseRow[]; pending: boolean }) {
  const tWs = useTranslations("workspace");
  const tState = useTranslations("state");
  if (pending) {
    return (
      <ul className="space-y-3 sm:hidden" aria-hidden="true">
        {Array.from({ length: 3 }, (_, i) => (
          <li key={i} className="h-24 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </ul>
    );
  }
  return (
    <ul className="space-y-3 sm:hidden" aria-label={tWs("casesTitle")} data-testid="case-cards">
      {items.map((c) => (
        <li key={c.slug} data-slug={c.slug} className="rounded-lg border border-slate-200 p-4">
          <h2 className="font-medium">
            <CaseName item={c} />
          </h2>
          <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
            <div className="col-span-2">
              <dt className="text-xs text-slate-600">{tWs("colState")}</dt>
              <dd>{tState(c.state as WorkflowState)}</dd>
            </div>
            <div>
              <dt className="text-xs text-slate-600">{tWs("colPeople")}</dt>
              <dd className="tabular-nums">
                <Figure figure={c.people} />
              </dd>
            </div>
            <div>
              <dt className="text-xs text-slate-600">{tWs("colRecords")}</dt>
              <dd className="tabular-nums">
                <Figure figure={c.records} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function CaseTable({ items, pending }: { items: CaseRow[]; pending: boolean }) {
  const tWs = useTranslations("workspace");
  const tState = useTranslations("state");
  return (
    <div className="relative hidden overflow-x-auto rounded-lg border border-slate-200 sm:block" tabIndex={0} role="group" aria-label={tWs("casesTitle")}>
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="case-list">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{tWs("colCase")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{tWs("colState")}</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">{tWs("colPeople")}</th>
            <th scope="col" className="px-4 py-2 text-right font-medium">{tWs("colRecords")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {pending
            ? Array.from({ length: 5 }, (_, i) => (
                <tr key={i} aria-hidden="true">
                  <td colSpan={4} className="px-4 py-4">
                    <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200" />
                  </td>
                </tr>
              ))
            : items.map((c) => (
                <tr key={c.slug} data-slug={c.slug}>
                  <th scope="row" className="min-w-[14rem] px-4 py-3 font-medium">
                    <CaseName item={c} />
                  </th>
                  <td className="px-4 py-3">{tState(c.state as WorkflowState)}</td>
                  <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
                    <Figure figure={c.people} />
                  </td>
                  <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
                    <Figure figure={c.records} />
                  </td>
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}
