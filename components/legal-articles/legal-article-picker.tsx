"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { inputClass, useValidationMessage } from "@/components/forms/field";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { citationCode } from "@/lib/legal-articles/format-citation";
import type { LegalArticleChoice } from "@/lib/legal-articles/list-legal-articles";
import { AddArticleDialog } from "./add-article-dialog";
import { matchArticles } from "./article-search";

const SHOWN = 8;

/**
 * Picks articles from the library, several, in order: a combobox (type to search in either
 * language; arrows move, Enter picks, Escape closes) over a list of the articles picked, each
 * removable. A controlled field (react-hook-form's Controller): the value is the ids, in order.
 */
export function LegalArticlePicker(props: {
  id: string;
  label: string;
  articles: readonly LegalArticleChoice[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string;
  /** The viewer may add to the library (article.add): a missing article can be added from here. */
  canAdd?: boolean;
}) {
  const t = useTranslations("legalArticles");
  const locale = useLocale() as Locale;
  const worded = useValidationMessage();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Articles added from this form's dialog, until the page reloads the library with them.
  const [added, setAdded] = useState<LegalArticleChoice[]>([]);
  const library = useMemo(() => [...props.articles, ...added], [props.articles, added]);
  const byId = useMemo(() => new Map(library.map((a) => [a.id, a])), [library]);
  const chosen = new Set(props.value);
  const matches = matchArticles(library, query).filter((a) => !chosen.has(a.id)).slice(0, SHOWN);
  const error = worded(props.error);
  const describe = (a: LegalArticleChoice) => localized(locale, a.title, a.titleKo) || localized(locale, a.lawName, a.lawNameKo);

  const pick = (article: LegalArticleChoice) => {
    props.onChange([...props.value, article.id]);
    setQuery("");
    setActive(0);
  };
  const remove = (id: string) => props.onChange(props.value.filter((v) => v !== id));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, matches.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter" && open && matches[active]) {
      event.preventDefault();
      pick(matches[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };
  const expanded = open && query.trim() !== "";

  return (
    <fieldset className="space-y-2" aria-describedby={`${props.id}-hint${error ? ` ${props.id}-error` : ""}`}>
      <legend className="text-sm font-medium text-slate-800">{props.label}</legend>
      <p id={`${props.id}-hint`} className="text-xs text-slate-600">
        {t("pickerHint")}
      </p>
      {props.value.length === 0 ? (
        <p className="text-sm text-slate-600">{t("pickerNone")}</p>
      ) : (
        <ol className="space-y-1" data-testid={`${props.id}-chosen`}>
          {props.value.map((id) => {
            const article = byId.get(id);
            const code = article ? citationCode(article) : id;
            return (
              <li key={id} className="flex items-start justify-between gap-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm">
                <span className="min-w-0">
                  <span className="font-medium">{code}</span>
                  {article ? <span className="ml-2 text-slate-600">{describe(article)}</span> : null}
                </span>
                <button type="button" onClick={() => remove(id)} className="shrink-0 text-blue-800 underline" aria-label={t("remove", { article: code })}>
                  ×
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <label htmlFor={`${props.id}-search`} className="sr-only">
          {t("pickerSearch")}
        </label>
        <input
          id={`${props.id}-search`}
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder={t("pickerSearch")}
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && matches[active] ? `${listId}-${matches[active].id}` : undefined}
          aria-invalid={Boolean(error)}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
          className={inputClass}
        />
        {/* Above the list, so closing the list (the input loses focus) does not move it from under the pointer. */}
        {props.canAdd && query.trim() !== "" ? (
          <div className="mt-1">
            <AddArticleDialog
              query={query}
              onCreated={(article) => {
                setAdded((list) => [...list, article]);
                pick(article);
              }}
            />
          </div>
        ) : null}
        {expanded ? (
          <ul id={listId} role="listbox" aria-label={props.label} className="mt-1 max-h-72 w-full overflow-auto rounded-md border border-slate-300 bg-white shadow-sm">
            {matches.length === 0 ? (
              <li role="option" aria-selected={false} aria-disabled className="px-3 py-2 text-sm text-slate-600">
                {t("noMatch", { q: query.trim() })}
              </li>
            ) : (
              matches.map((article, index) => (
                <li
                  key={article.id}
                  id={`${listId}-${article.id}`}
                  role="option"
                  aria-selected={index === active}
                  // Picking on mousedown keeps the focus in the input (a click would blur it first and close the list).
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(article);
                  }}
                  onMouseEnter={() => setActive(index)}
                  className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-blue-50" : ""}`}
                >
                  <span className="font-medium">{citationCode(article)}</span>
                  <span className="ml-2 text-slate-600">{describe(article)}</span>
                </li>
              ))
            )}
          </ul>
        ) : null}
      </div>
      {error ? (
        <p id={`${props.id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
