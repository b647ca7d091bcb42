// What "English interface text on a Korean page" means, for the e2e that looks for it
// (e2e/i18n/korean-pages.spec.ts): a phrase of en.json whose Korean differs, found in text the page
// does not mark as English (lang="en"). Pure, so a unit test shows it can fail.

type Messages = { [key: string]: string | Messages };

export interface EnglishPhrase {
  key: string;
  phrase: string;
}

function flatten(messages: Messages, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
}

const LATIN_WORD = /[A-Za-z]{3,}/;

/**
 * The literal English pieces of a message: the text between its placeholders and tags. In a message
 * with placeholders, a one-word piece is dropped (it is as likely ICU syntax, "other", as text).
 */
export function literalPieces(message: string): string[] {
  const structured = /[{}<]/.test(message);
  if (!structured) return [message.trim()];
  return message
    .split(/[{}#]|<\/?\w+>/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.includes(" ") && !/^\w+\s*,\s*(plural|select|selectordinal|number|date|time)\b/.test(piece));
}

/**
 * The English phrases a Korean page must not show unmarked: each piece of an English message whose
 * Korean message differs, long enough to mean something, and not used by the Korean messages
 * themselves (a Korean message may keep "CSV" or "SHA-256").
 */
export function englishUiPhrases(en: Messages, ko: Messages): EnglishPhrase[] {
  const korean = new Map(flatten(ko));
  const koreanText = [...korean.values()].join("\n");
  const seen = new Set<string>();
  return flatten(en).flatMap(([key, value]) => {
    if (korean.get(key) === value) return [];
    return literalPieces(value)
      .filter((phrase) => phrase.length >= 3 && LATIN_WORD.test(phrase) && !koreanText.includes(phrase) && !seen.has(phrase))
      .map((phrase) => {
        seen.add(phrase);
        return { key, phrase };
      });
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Each phrase found in the texts as whole words, with the text it was found in. A one-word phrase
 * ("Total") counts only as a text of its own (a label, a heading, a button), with nothing but
 * punctuation, digits or Korean around it: inside an English sentence it is the case's own data,
 * whose language a field without a Korean counterpart does not record.
 */
export function findEnglishPhrases(texts: string[], phrases: EnglishPhrase[]): (EnglishPhrase & { text: string })[] {
  return phrases.flatMap((p) => {
    const word = escape(p.phrase);
    const pattern = p.phrase.includes(" ") ? new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`) : new RegExp(`^[^A-Za-z]*${word}[^A-Za-z]*$`);
    const text = texts.find((t) => pattern.test(t));
    return text === undefined ? [] : [{ ...p, text: text.slice(0, 200) }];
  });
}

/** Runs of three or more English words: on a public Korean page, text that should be Korean or marked English. */
export function englishRuns(texts: string[]): string[] {
  return texts.flatMap((t) => t.match(/[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}/g) ?? []);
}
