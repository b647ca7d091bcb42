"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { inputClass, useValidationMessage } from "@/components/forms/field";
import { Options } from "@/components/ui/options";
import { ORGANIZATION_KINDS, ORGANIZATION_SECTORS } from "@/lib/enums";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { CountryOptions } from "./country-options";
import type { OrganizationChoice } from "@/lib/organisations/search-organizations";

type Kind = (typeof ORGANIZATION_KINDS)[number];
type NewOrganizationValue = { mode: "new"; name: string; nameKo: string; kind: Kind; country: string; sector?: string };
export type OrganizationValue = { mode: "existing"; id: string } | NewOrganizationValue;
/** The name shown for the chosen organisation (the form value holds only its id). */
export type ChosenOrganization = { id: string; name: string; nameKo: string | null };
type Errors = { message?: string; [field: string]: unknown } | undefined;

const DEBOUNCE_MS = 200;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

async function search(q: string, signal: AbortSignal): Promise<OrganizationChoice[]> {
  const response = await fetch(`/api/organisations?${new URLSearchParams({ q, limit: "8" })}`, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return ((await response.json()) as { items: OrganizationChoice[] }).items;
}

/**
 * Names an organisation on a form: search the existing ones by name (English or Korean) and
 * choose one, or create one inline (name in both languages, kind, country), which the server
 * creates in the same transaction as what names it. Works as a controlled field
 * (react-hook-form's Controller): the value is `{ mode: "existing", id }`, `{ mode: "new", … }`,
 * or null when `optional` and nothing is chosen.
 */
export function OrganizationPicker(props: {
  id: string;
  label: string;
  value: OrganizationValue | null;
  onChange: (value: OrganizationValue | null) => void;
  chosen?: ChosenOrganization | null;
  defaultKind: Kind;
  optional?: boolean;
  errors?: Errors;
}) {
  const t = useTranslations("organizations");
  const tForms = useTranslations("forms");
  const tKind = useTranslations("orgKind");
  const worded = useValidationMessage();
  const locale = useLocale() as Locale;
  const [chosen, setChosen] = useState<ChosenOrganization | null>(props.chosen ?? null);
  const [query, setQuery] = useState("");
  const debounced = useDebounced(query.trim(), DEBOUNCE_MS);
  const value = props.value;
  const searching = !value || (value.mode === "existing" && !value.id);
  const results = useQuery({ queryKey: ["organisations", debounced], queryFn: ({ signal }) => search(debounced, signal), enabled: searching && debounced.length > 0 });

  const errorOf = (field?: string): string | undefined => worded((field ? (props.errors?.[field] as { message?: string } | undefined) : props.errors)?.message);
  const topError = errorOf() ?? errorOf("id") ?? errorOf("mode");
  const errorId = `${props.id}-error`;
  const startNew = () => props.onChange({ mode: "new", name: query.trim(), nameKo: "", kind: props.defaultKind, country: "", sector: "" });
  const choose = (org: OrganizationChoice) => {
    setChosen(org);
    props.onChange({ mode: "existing", id: org.id });
  };
  const clear = () => {
    setQuery("");
    props.onChange(props.optional ? null : { mode: "existing", id: "" });
  };

  return (
    <fieldset className="space-y-2" aria-describedby={topError ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {props.label}
        {props.optional ? <span className="ml-1 font-normal text-slate-500">({tForms("optional")})</span> : null}
      </legend>
      {value?.mode === "existing" && value.id ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm">
          <span className="font-medium" data-testid={`${props.id}-chosen`}>
            {chosen && chosen.id === value.id ? localized(locale, chosen.name, chosen.nameKo) : value.id}
          </span>
          <button type="button" onClick={clear} className="text-blue-800 underline">
            {props.optional ? t("remove") : t("change")}
          </button>
        </div>
      ) : value?.mode === "new" ? (
        <NewOrganizationFields id={props.id} value={value} onChange={props.onChange} kindLabel={(k) => tKind(k)} errorOf={errorOf} onSearch={clear} />
      ) : (
        <div className="space-y-2">
          <label htmlFor={`${props.id}-search`} className="sr-only">
            {t("search")}
          </label>
          <input
            id={`${props.id}-search`}
            type="search"
            autoComplete="off"
            placeholder={t("search")}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className={inputClass}
            aria-invalid={Boolean(topError)}
            aria-describedby={`${props.id}-hint${topError ? ` ${errorId}` : ""}`}
          />
          <p id={`${props.id}-hint`} className="text-xs text-slate-600">
            {t("searchHint")}
          </p>
          {debounced && results.isFetching && !results.data ? <p className="text-sm text-slate-600">{t("searching")}</p> : null}
          {debounced && results.data ? (
            results.data.length > 0 ? (
              <ul aria-label={t("results")} className="divide-y divide-slate-200 rounded-md border border-slate-200">
                {results.data.map((org) => (
                  <li key={org.id}>
                    <button type="button" onClick={() => choose(org)} className="block w-full px-3 py-2 text-left text-sm hover:bg-slate-100 focus-visible:bg-slate-100">
                      <span className="font-medium">{localized(locale, org.name, org.nameKo)}</span>
                      <span className="ml-2 text-xs text-slate-600">
                        {[locale === "ko" ? org.name : org.nameKo, tKind(org.kind as Kind), org.country].filter(Boolean).join(" · ")}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-700">{t("noMatch", { q: debounced })}</p>
            )
          ) : null}
          <button type="button" onClick={startNew} className="text-sm text-blue-800 underline">
            {t("createNew")}
          </button>
        </div>
      )}
      {topError ? (
        <p id={errorId} className="text-sm text-red-800">
          {topError}
        </p>
      ) : null}
    </fieldset>
  );
}

function NewOrganizationFields(props: {
  id: string;
  value: NewOrganizationValue;
  onChange: (value: OrganizationValue) => void;
  kindLabel: (kind: Kind) => string;
  errorOf: (field: string) => string | undefined;
  onSearch: () => void;
}) {
  const t = useTranslations("organizations");
  const tForms = useTranslations("forms");
  const tSector = useTranslations("orgSector");
  const set = (field: keyof NewOrganizationValue) => (e: { target: { value: string } }) => props.onChange({ ...props.value, [field]: e.target.value });
  const field = (name: "name" | "nameKo", options: { optional?: boolean; lang?: string }) => {
    const id = `${props.id}-${name}`;
    const error = props.errorOf(name);
    return (
      <div>
        <label htmlFor={id} className="block text-sm text-slate-800">
          {t(name)}
          {options.optional ? <span className="ml-1 text-slate-500">({tForms("optional")})</span> : null}
        </label>
        <input id={id} lang={options.lang} value={props.value[name]} onChange={set(name)} className={`${inputClass} mt-1`} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} />
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    );
  };
  const countryError = props.errorOf("country");
  return (
    <div className="space-y-3 rounded-md border border-slate-300 p-3">
      <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">{t("newOrganization")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {field("name", {})}
        {field("nameKo", { optional: true, lang: "ko" })}
        <div>
          <label htmlFor={`${props.id}-kind`} className="block text-sm text-slate-800">
            {t("kind")}
          </label>
          <select id={`${props.id}-kind`} value={props.value.kind} onChange={set("kind")} className={`${inputClass} mt-1`}>
            <Options values={ORGANIZATION_KINDS} label={props.kindLabel} />
          </select>
        </div>
        <div>
          <label htmlFor={`${props.id}-country`} className="block text-sm text-slate-800">
            {t("country")} <span className="text-slate-500">({tForms("optional")})</span>
          </label>
          <select id={`${props.id}-country`} value={props.value.country} onChange={set("country")} className={`${inputClass} mt-1`} aria-invalid={Boolean(countryError)}>
            <CountryOptions none={t("chooseCountry")} />
          </select>
          {countryError ? <p className="mt-1 text-sm text-red-800">{countryError}</p> : null}
        </div>
        <div>
          <label htmlFor={`${props.id}-sector`} className="block text-sm text-slate-800">
            {t("sector")} <span className="text-slate-500">({tForms("optional")})</span>
          </label>
          <select id={`${props.id}-sector`} value={props.value.sector ?? ""} onChange={set("sector")} className={`${inputClass} mt-1`}>
            <option value="">{t("sectorNotClassified")}</option>
            <Options values={ORGANIZATION_SECTORS} label={(v) => tSector(v)} />
          </select>
        </div>
      </div>
      <button type="button" onClick={props.onSearch} className="text-sm text-blue-800 underline">
        {t("searchInstead")}
      </button>
    </div>
  );
}
