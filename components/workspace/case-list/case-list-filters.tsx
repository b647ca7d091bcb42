"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { DayFilterInput } from "@/components/forms/day-filter-input";
import { inputClass } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import type { WorkflowState } from "@/lib/generated/prisma/enums";
import { countActiveFilters, DATE_FIELDS } from "@/lib/cases/case-list-query";
import { WORKFLOW_STATES } from "@/lib/enums";
import { CLOCK_FILTERS, type ClockFilter } from "@/lib/workflow/clocks";
import { localized } from "@/lib/i18n/localized";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import type { CaseListFilters as Filters, useCaseListFilters } from "./use-case-list";

export interface Facets {
  orgs: { id: string; name: string; nameKo: string | null }[];
  recipients: { id: string; name: string; nameKo: string | null }[];
  categories: string[];
}

type SetFilters = ReturnType<typeof useCaseListFilters>[1];

/**
 * The list's filters. On a desktop they stand open beside the list; on a small screen they sit
 * behind a "Filters" button that says how many are set, so the cases come first.
 */
export function CaseListFilters({ facets, filters, setFilters, onClear }: { facets: Facets; filters: Filters; setFilters: SetFilters; onClear: () => void }) {
  const t = useTranslations("caseList");
  const tState = useTranslations("state");
  const locale = useAppLocale();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const active = countActiveFilters(filters);
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
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="flex w-full items-center justify-between gap-2 rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 lg:hidden"
      >
        <span className="flex items-center gap-2">
          {t("filters")}
          {active > 0 ? <span className="rounded-full bg-slate-800 px-2 py-0.5 text-xs text-white">{t("activeFilters", { count: active })}</span> : null}
        </span>
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <div id={panelId} className={`space-y-4 ${open ? "" : "hidden lg:block"}`}>
        <fieldset className="text-sm">
          <legend className="font-medium text-slate-800">{t("state")}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-2 lg:grid-cols-1">
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
            <Options values={DATE_FIELDS} label={(d) => t(`dateFields.${d}`)} />
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-medium text-slate-800">{t("deadlines")}</span>
          <select className={`${inputClass} mt-1`} value={filters.clock ?? ""} onChange={(e) => void setFilters({ clock: (e.target.value || null) as ClockFilter | null })}>
            <option value="">{t("anyDeadline")}</option>
            <Options values={CLOCK_FILTERS} label={(c) => t(`clockFilters.${c}`)} />
          </select>
        </label>
        <div className="grid grid-cols-2 gap-2">
          <div className="min-w-0 text-sm">
            <label htmlFor={`${panelId}-from`} className="font-medium text-slate-800">
              {t("from")}
            </label>
            <DayFilterInput id={`${panelId}-from`} className={`${inputClass} mt-1`} value={filters.from} onCommit={(day) => void setFilters({ from: day })} />
          </div>
          <div className="min-w-0 text-sm">
            <label htmlFor={`${panelId}-to`} className="font-medium text-slate-800">
              {t("to")}
            </label>
            <DayFilterInput id={`${panelId}-to`} className={`${inputClass} mt-1`} value={filters.to} onCommit={(day) => void setFilters({ to: day })} />
          </div>
        </div>
        {active > 0 || filters.q || filters.dates !== "opened" ? (
          <button type="button" className="text-sm text-blue-800 underline" onClick={onClear}>
            {t("clear")}
          </button>
        ) : null}
        <p className="text-xs text-slate-600">{t("share")}</p>
      </div>
    </>
  );
}
