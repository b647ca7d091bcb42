"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { inputClass } from "@/components/forms/field";
import { formatCount } from "@/lib/format/number";
import type { Provenance, WorkflowState } from "@/lib/generated/prisma/enums";
import { DATE_FIELDS, SORTS } from "@/lib/cases/case-list-query";
import { CLOCK_FILTERS, type ClockFilter } from "@/lib/workflow/clocks";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { useCaseList, useCaseListFilters } from "./use-case-list";
import { WORKFLOW_STATES } from "@/lib/enums";

interface Facets {
  orgs: { id: string; name: string; nameKo: string | null }[];
  recipients: { id: string; name: string; nameKo: string | null }[];
  categories: string[];
}

export function CaseListView({ facets }: { facets: Facets }) {
  const t = useTranslations("caseList");
  const tState = useTranslations("state");
  const tWs = useTranslations("workspace");
  const locale = useAppLocale();
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
  const active = Boolean(filters.q || filters.state.length || filters.org || filters.recipient || filters.category || filters.from || filters.to || filters.dates !== "opened" || filters.clock);
  const toggleState = (state: WorkflowState) =>
    void setFilters({ state: filters.state.includes(state) ? filters.state.filter((s) => s !== state) : [...filters.state, state] });
  const select = (key: "org" | "recipient" | "category", label: string, options: { value: string; label: string }[]) => (
    <label className="block text-sm">
      <span className="font-medium text-slate-800">{label}</span>
      <select className={`${inputClass} mt-1`} value={filters[key]} onChange={(e) => void setFilters({ [key]: e.target.value || null })}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-4">
      <aside className="space-y-4 lg:col-span-1" aria-label={t("filters")}>
        <label className="block text-sm">
          <span className="font-medium text-slate-800">{t("search")}</span>
          <input type="search" className={`${inputClass} mt-1`} value={search} placeholder={t("searchPlaceholder")} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-800">{t("state")}</legend>
          <div className="mt-1 grid gap-1">
            {WORKFLOW_STATES.map((s) => (
              <label key={s} className="flex items-center gap-2">
                <input type="checkbox" checked={filters.state.includes(s)} onChange={() => toggleState(s)} /> {tState(s)}
              </label>
            ))}
          </div>
        </fieldset>
        {select("org", t("org"), facets.orgs.map((o) => ({ value: o.id, label: localized(locale, o.name, o.nameKo) })))}
        {select("recipient", t("recipient"), facets.recipients.map((o) => ({ value: o.id, label: localized(locale, o.name, o.nameKo) })))}
        {select("category", t("category"), facets.categories.map((c) => ({ value: c, label: c })))}
        <label className="block text-sm">
          <span className="font-medium text-slate-800">{t("dates")}</span>
          <select className={`${inputClass} mt-1`} value={filters.dates} onChange={(e) => void setFilters({ dates: e.target.value as (typeof DATE_FIELDS)[number] })}>
            {DATE_FIELDS.map((d) => (
              <option key={d} value={d}>
                {t(`dateFields.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-medium text-slate-800">{t("deadlines")}</span>
          <select className={`${inputClass} mt-1`} value={filters.clock ?? ""} onChange={(e) => void setFilters({ clock: (e.target.value || null) as ClockFilter | null })}>
            <option value="">{t("anyDeadline")}</option>
            {CLOCK_FILTERS.map((c) => (
              <option key={c} value={c}>
                {t(`clockFilters.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="grid grid-cols-2 gap-2">
          <label className="block text-sm">
            <span className="font-medium text-slate-800">{t("from")}</span>
            <input type="date" className={`${inputClass} mt-1`} value={filters.from} onChange={(e) => void setFilters({ from: e.target.value || null })} />
          </label>
          <label className="block text-sm">
            <span className="font-medium text-slate-800">{t("to")}</span>
            <input type="date" className={`${inputClass} mt-1`} value={filters.to} onChange={(e) => void setFilters({ to: e.target.value || null })} />
          </label>
        </div>
        {active ? (
          <button
            type="button"
            className="text-sm text-blue-800 underline"
            onClick={() => {
              setSearch("");
              void setFilters({ q: null, state: null, org: null, recipient: null, category: null, from: null, to: null, dates: null, clock: null });
            }}
          >
            {t("clear")}
          </button>
        ) : null}
        <p className="text-xs text-slate-500">{t("share")}</p>
      </aside>

      <section className="space-y-3 lg:col-span-3" aria-label={tWs("casesTitle")} aria-busy={list.isFetching}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-slate-600" aria-live="polite">
            {list.isFetching && !list.isFetchingNextPage ? t("updating") : list.data ? t("results", { count: items.length }) : ""}
          </p>
          <label className="flex items-center gap-2 text-sm">
            <span className="font-medium">{t("sort")}</span>
            <select className="rounded-md border border-slate-400 px-2 py-1" value={filters.sort} onChange={(e) => void setFilters({ sort: e.target.value as (typeof SORTS)[number] })}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`sorts.${s}`)}
                </option>
              ))}
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

        <div className={`relative overflow-x-auto rounded-lg border border-slate-200 transition-opacity ${list.isPlaceholderData ? "opacity-60" : ""}`} tabIndex={0} role="group" aria-label={tWs("casesTitle")}>
          <table className="w-full min-w-[44rem] text-left text-sm" data-testid="case-list">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{tWs("colCase")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{tWs("colState")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{tWs("colPeople")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{tWs("colRecords")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.isPending
                ? Array.from({ length: 5 }, (_, i) => (
                    <tr key={i} aria-hidden="true">
                      <td colSpan={4} className="px-4 py-4">
                        <div className="h-4 w-2/3 animate-pulse rounded bg-slate-200" />
                      </td>
                    </tr>
                  ))
                : items.map((c) => (
                    <tr key={c.slug} data-slug={c.slug}>
                      <th scope="row" className="px-4 py-3 font-medium">
                        <Link href={`/workspace/cases/${c.slug}`} className="text-blue-800 underline-offset-2 hover:underline">
                          {localized(locale, c.title, c.titleKo)}
                        </Link>
                        <span className="block text-xs font-normal text-slate-600">
                          {localized(locale, c.organization.name, c.organization.nameKo)}
                          {c.isDemo ? ` · ${tWs("demo")}` : ""}
                        </span>
                      </th>
                      <td className="px-4 py-3 whitespace-nowrap">{tState(c.state as WorkflowState)}</td>
                      <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
                        {c.people ? (
                          <span className="inline-flex items-center gap-2">
                            {formatCount(c.people.value, locale)} <ProvenanceBadge provenance={c.people.provenance as Provenance} />
                          </span>
                        ) : (
                          "–"
                        )}
                      </td>
                      <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
                        {c.records ? (
                          <span className="inline-flex items-center gap-2">
                            {formatCount(c.records.value, locale)} <ProvenanceBadge provenance={c.records.provenance as Provenance} />
                          </span>
                        ) : (
                          "–"
                        )}
                      </td>
                    </tr>
                  ))}
            </tbody>
          </table>
          {!list.isPending && items.length === 0 ? (
            <div className="p-8 text-center text-slate-600">
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
