// The words of a search inside evidence, and how a snippet marks them. Pure: the search's SQL,
// the case list and the search box share it.

const MAX_WORDS = 5;
const MAX_WORD_LENGTH = 100;

/**
 * Words separated by spaces, each matched anywhere in a page (so a Korean stem finds the word
 * with its particle: "제공" finds "제공하였다"). One-letter words are dropped: they match nearly
 * every page and no index can narrow them.
 */
export function searchWords(q: string): string[] {
  const words = q
    .normalize("NFC")
    .toLowerCase()
    .split(/\s+/u)
    .map((w) => w.slice(0, MAX_WORD_LENGTH))
    .filter((w) => [...w].length >= 2);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

export interface HighlightPart {
  text: string;
  hit: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The snippet cut into plain and matching parts, for <mark> as React text (never HTML). */
export function highlightParts(text: string, words: readonly string[]): HighlightPart[] {
  if (words.length === 0) return [{ text, hit: false }];
  const pattern = new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|"), "giu");
  const parts: HighlightPart[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), hit: false });
    parts.push({ text: match[0], hit: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
