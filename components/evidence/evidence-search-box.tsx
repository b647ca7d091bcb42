"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { parseAsString, useQueryState } from "nuqs";
import { useEffect, useId, useState } from "react";
import { inputClass } from "@/components/forms/field";
import type { EvidenceHitRow } from "@/lib/evidence/search-evidence-sql";
import { EVIDENCE_SEARCH_LIMIT, evidenceFileHref } from "@/lib/evidence/search-query";
import { searchWords } from "@/lib/evidence/search-words";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { HighlightedText } from "./highlighted-text";

interface SearchAnswer {
  words: string[];
  hits: EvidenceHitRow[];
  pending: number;
}

/** Search inside one case's evidence files: the pages holding the words, each with a snippet and a link to the file at that page. */
export function EvidenceSearchBox({ slug }: { slug: string }) {
  const t = useTranslations("evidenceSearch");
  const locale = useAppLocale();
  const inputId = useId();
  // The words are in the address (?q=…), so a search can be shared or reloaded.
  const [q, setQ] = useQueryState("q", parseAsString.withDefault("").withOptions({ history: "replace" }));
  const [text, setText] = useState(q);
  // Search as the user types, without a request per keystroke.
  useEffect(() => {
    const timer = setTimeout(() => void setQ(text.trim() || null), 300);
    return () => clearTimeout(timer);
  }, [text, setQ]);
  const searchable = searchWords(q).length > 0;
  const search = useQuery({
    queryKey: ["evidence-search", slug, q],
    queryFn: async ({ signal }): Promise<SearchAnswer> => {
      const response = await fetch(`/api/cases/${encodeURIComponent(slug)}/evidence/search?${new URLSearchParams({ q })}`, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    enabled: searchable,
    placeholderData: keepPreviousData,
  });
  const answer = searchable ? search.data : undefined;

  return (
    <search className="space-y-3" aria-label={t("label")} data-testid="evidence-search">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {t("label")}
      </label>
      <input id={inputId} type="search" className={inputClass} value={text} placeholder={t("placeholder")} maxLength={200} onChange={(e) => setText(e.target.value)} />
      <p className="text-xs text-slate-600">{t("hint")}</p>
      <div aria-live="polite" className="text-sm text-slate-700">
        {q && !searchable ? <p>{t("tooShort")}</p> : null}
        {searchable && search.isError ? <p role="alert" className="text-red-800">{t("error")}</p> : null}
        {searchable && search.isFetching && !answer ? <p>{t("searching")}</p> : null}
        {answer ? <p>{t("results", { count: answer.hits.length })}</p> : null}
        {answer && answer.hits.length >= EVIDENCE_SEARCH_LIMIT ? <p>{t("more", { limit: EVIDENCE_SEARCH_LIMIT })}</p> : null}
        {answer && answer.pending > 0 ? <p>{t("pending", { count: answer.pending })}</p> : null}
      </div>
      {answer && answer.hits.length > 0 ? (
        <ul className={`divide-y divide-slate-200 rounded-lg border border-slate-200 ${search.isPlaceholderData ? "opacity-60" : ""}`}>
          {answer.hits.map((hit) => (
            <li key={`${hit.fileId}-${hit.page}`} className="space-y-1 p-3">
              <p className="flex flex-wrap items-baseline gap-x-2">
                <Link href={evidenceFileHref({ slug, fileId: hit.fileId, page: hit.page, mediaType: hit.mediaType })} className="font-medium break-words text-blue-800 underline-offset-2 hover:underline">
                  {localized(locale, hit.title, hit.titleKo)}
                </Link>
                <span className="text-xs text-slate-600 tabular-nums">{t("page", { page: hit.page })}</span>
              </p>
              <p className="text-sm break-words text-slate-700">
                {hit.cutBefore ? "… " : ""}
                <HighlightedText text={hit.snippet} words={answer.words} />
                {hit.cutAfter ? " …" : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </search>
  );
}
