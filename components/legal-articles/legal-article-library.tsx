"use client";

import { useLocale, useTranslations } from "next-intl";
import { articleNumberText } from "@/lib/legal-articles/format-citation";
import { useDeferredValue, useState } from "react";
import { Field, inputClass } from "@/components/forms/field";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalizedText } from "@/components/cases/localized-text";
import type { LegalArticleChoice } from "@/lib/legal-articles/list-legal-articles";
import { matchArticles } from "./article-search";
import { LegalArticleForm } from "./legal-article-form";

interface LibraryArticle extends LegalArticleChoice {
  version: number;
  lawVersion: string | null;
}

/** The library: search as you type (both languages), each article with its link, and the forms the viewer may use. */
export function LegalArticleLibrary({ articles, canAdd, canEdit }: { articles: LibraryArticle[]; canAdd: boolean; canEdit: boolean }) {
  const t = useTranslations("legalArticles");
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const shown = matchArticles(articles, deferred) as LibraryArticle[];
  return (
    <div className="space-y-6">
      {canAdd ? (
        <Disclosure summary={t("add")} startOpen={articles.length === 0}>
          <LegalArticleForm />
        </Disclosure>
      ) : null}
      {!canEdit ? <p className="text-sm text-slate-600">{t("readOnly")}</p> : null}
      <Field id="la-search" label={t("search")} hint={t("searchHint")}>
        <input id="la-search" type="search" className={inputClass} aria-describedby="la-search-hint" value={query} onChange={(event) => setQuery(event.target.value)} />
      </Field>
      <p className="text-sm text-slate-600" aria-live="polite">
        {t("count", { count: shown.length })}
      </p>
      {articles.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState>{t("noMatch", { q: deferred })}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="legal-articles">
          {shown.map((article) => {
            return (
              <li key={article.id} id={`article-${article.id}`} className="p-4" data-law={article.lawCode} data-number={article.number}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <p className="min-w-0 font-medium">
                    <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">{article.lawCode}</span>
                    <LocalizedText en={article.lawName} ko={article.lawNameKo} /> {articleNumberText(article.number, locale)}
                  </p>
                  {article.url ? (
                    <a href={article.url} className="text-sm text-blue-800 underline" rel="noreferrer noopener" target="_blank">
                      {t("openText")}
                    </a>
                  ) : null}
                </div>
                {article.title || article.titleKo ? (
                  <LocalizedText as="p" className="mt-1 text-sm text-slate-700" en={article.title} ko={article.titleKo} />
                ) : (
                  <p className="mt-1 text-sm italic text-slate-500">{t("noTitle")}</p>
                )}
                {article.lawVersion ? <p className="mt-1 text-xs text-slate-500">{article.lawVersion}</p> : null}
                {canEdit ? (
                  <Disclosure look="inline" summary={t("edit")}>
                    <LegalArticleForm
                      articleId={article.id}
                      version={article.version}
                      values={{
                        lawCode: article.lawCode,
                        lawName: article.lawName,
                        lawNameKo: article.lawNameKo ?? "",
                        number: article.number,
                        title: article.title ?? "",
                        titleKo: article.titleKo ?? "",
                        url: article.url ?? "",
                        lawVersion: article.lawVersion ?? "",
                      }}
                    />
                  </Disclosure>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
