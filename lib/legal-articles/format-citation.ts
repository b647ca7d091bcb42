// How an article reads in one line ("PIPA Art. 17(1)", "개인정보 보호법 제17조제1항"): the trail, the
// case-file export and lists that have no room for the title.

export interface CitableArticle {
  lawCode: string;
  lawName: string;
  lawNameKo: string | null;
  number: string;
}

/** An article as cases show it: its citation, its titles and its link. */
export interface CitedArticle extends CitableArticle {
  title: string | null;
  titleKo: string | null;
  url: string | null;
}

/** "PIPA Art. 17(1)": stable across languages, what the trail and the export record. */
export function citationCode(article: Pick<CitableArticle, "lawCode" | "number">): string {
  return `${article.lawCode} Art. ${article.number}`;
}

/** The article number as a reader of the language cites it: "Art. 34-2(1)" or "제34조의2제1항". */
export function articleNumberText(number: string, locale: string): string {
  if (locale !== "ko") return `Art. ${number}`;
  const [, main, branch, rest] = /^(\d+)(?:-(\d+))?(.*)$/.exec(number) ?? [];
  if (main === undefined) return number;
  return `제${main}조${branch ? `의${branch}` : ""}${(rest ?? "").replace(/\((\d+)\)/g, "제$1항")}`;
}

/** In the reader's language: "Personal Information Protection Act, Art. 34-2(1)" or "개인정보 보호법 제34조의2제1항". */
export function citationText(article: CitableArticle, locale: string): string {
  if (locale === "ko" && article.lawNameKo) return `${article.lawNameKo} ${articleNumberText(article.number, locale)}`;
  return `${article.lawName}, ${articleNumberText(article.number, "en")}`;
}

/** The law code and normalised number back out of a `citationCode` ("PIPA Art. 17(1)"), or null. */
export function readCitationCode(line: string): { lawCode: string; number: string } | null {
  const match = /^([A-Z0-9][A-Z0-9_-]{0,19}) Art\. (\S+)$/.exec(line.trim());
  return match?.[1] && match[2] ? { lawCode: match[1], number: match[2] } : null;
}
