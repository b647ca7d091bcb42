// Reading an article citation written as free text: "Credit Information Act, Art. 42-2",
// "PIPA Art. 17(1)", "신용정보법 제40조의2 제1항". Pure, so the library, the picker and the tests
// share one rule; the migration that moved existing text follows the same patterns in SQL.
import { lawByName } from "./laws";


// An article as cited: 17, 34-2, 17(1), 6(1)(a).
const NUMBER = String.raw`\d+(?:-\d+)?(?:\s*\([0-9a-z]+\))*`;
const ENGLISH_NUMBER = new RegExp(String.raw`^(?:art(?:icle)?\.?)?\s*(${NUMBER})$`, "i");
const KOREAN_NUMBER = /^제?\s*(\d+)\s*조?\s*(?:의\s*(\d+))?\s*(?:제?\s*(\d+)\s*항)?$/;

/**
 * The article number in the form the library stores and compares ("34-2(1)"), or null when the
 * text is not an article number. Korean "제34조의2 제1항" and English "Art. 34-2(1)" meet here.
 */
export function normalizeArticleNumber(input: string): string | null {
  const text = input.trim();
  const english = ENGLISH_NUMBER.exec(text)?.[1];
  if (english) return english.replace(/\s+/g, "").toLowerCase();
  const [, article, branch, paragraph] = KOREAN_NUMBER.exec(text) ?? [];
  if (article) return `${article}${branch ? `-${branch}` : ""}${paragraph ? `(${paragraph})` : ""}`;
  return null;
}

interface ParsedCitation {
  lawCode: string;
  number: string;
}

const LAW_THEN_ARTICLE = new RegExp(String.raw`^(.+?)[\s,]+((?:art(?:icle)?\.?)\s*${NUMBER})\.?$`, "i");
const ARTICLE_THEN_LAW = new RegExp(String.raw`^((?:art(?:icle)?\.?)\s*${NUMBER})[\s,]+(?:of\s+(?:the\s+)?)?(.+?)\.?$`, "i");
const KOREAN_CITATION = /^(.+?)\s*(제\s*\d+\s*조.*)$/;

/**
 * A whole line read as one article of a known law, or null. Anything else (an article without
 * its law, two articles on one line, an unknown law) stays free text, never guessed at.
 */
export function parseCitation(line: string): ParsedCitation | null {
  const text = line.trim();
  const lawFirst = LAW_THEN_ARTICLE.exec(text) ?? [];
  const articleFirst = ARTICLE_THEN_LAW.exec(text) ?? [];
  const korean = KOREAN_CITATION.exec(text) ?? [];
  const candidates = [[lawFirst[1], lawFirst[2]], [articleFirst[2], articleFirst[1]], [korean[1], korean[2]]] as const;
  for (const [lawText, numberText] of candidates) {
    if (lawText === undefined || numberText === undefined) continue;
    const law = lawByName(lawText.replace(/[\s,]+$/, ""));
    const number = normalizeArticleNumber(numberText);
    if (law && number) return { lawCode: law.code, number };
  }
  return null;
}
