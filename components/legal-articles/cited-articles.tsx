// How a finding, a case or a sanction shows what it cites: the library's articles, linked to
// their text, in the reader's language; then the free text that is not from the library, marked.
import { useLocale, useTranslations } from "next-intl";
import { LocalizedText } from "@/components/cases/localized-text";
import { citationText, type CitedArticle } from "@/lib/legal-articles/format-citation";

export function CitedArticles({ articles, freeText, label, className = "text-sm" }: { articles: readonly CitedArticle[]; freeText: readonly string[]; label?: string; className?: string }) {
  const t = useTranslations("legalArticles");
  const locale = useLocale();
  if (articles.length === 0 && freeText.length === 0) return null;
  return (
    <div className={className} data-testid="cited-articles">
      {label ? <span className="font-medium">{label}: </span> : null}
      <ul className="inline">
        {articles.map((article, index) => {
          const text = citationText(article, locale);
          return (
            <li key={`${article.lawCode} ${article.number}`} className="inline" data-article={`${article.lawCode} ${article.number}`}>
              {index > 0 ? "; " : null}
              {article.url ? (
                <a href={article.url} className="text-blue-800 underline" rel="noreferrer noopener" target="_blank">
                  {text}
                </a>
              ) : (
                text
              )}
              {article.title || article.titleKo ? (
                <span className="text-slate-600">
                  {" "}
                  (<LocalizedText en={article.title} ko={article.titleKo} />)
                </span>
              ) : null}
            </li>
          );
        })}
        {freeText.map((line, index) => (
          <li key={`free-${index}`} className="inline" data-free-text>
            {articles.length + index > 0 ? "; " : null}
            {line} <span className="rounded border border-amber-300 bg-amber-50 px-1 text-[0.7rem] text-amber-900">{t("notInLibrary")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
