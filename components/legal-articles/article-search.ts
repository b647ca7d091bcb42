// Searching the library in the browser: every word typed must appear in the article's law (code
// or name, either language), number or title (either language). "17조" and "Art. 17" find 17.
import type { LegalArticleChoice } from "@/lib/legal-articles/list-legal-articles";

const fold = (text: string) => text.toLowerCase().normalize("NFC");

function haystack(article: LegalArticleChoice): string {
  return fold([article.lawCode, article.lawName, article.lawNameKo, `art. ${article.number}`, `제${article.number}조`, article.title, article.titleKo].filter(Boolean).join(" "));
}

export function matchArticles(articles: readonly LegalArticleChoice[], query: string): LegalArticleChoice[] {
  const words = fold(query)
    .replace(/\b(art|article)\.?/g, " ")
    .split(/[\s,]+/)
    .map((word) => word.replace(/^제|조$/g, ""))
    .filter(Boolean);
  if (words.length === 0) return [...articles];
  return articles.filter((article) => {
    const text = haystack(article);
    return words.every((word) => text.includes(word));
  });
}
