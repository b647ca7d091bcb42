import type { Locale } from "./locales";

/** What a reader of one language is shown of a text kept in English and Korean. */
export interface LocalizedChoice {
  text: string;
  /** The language `text` is in. */
  lang: Locale;
  /** True when the page's language has no text and the other language stands in: the page must say so. */
  fallback: boolean;
}

const present = (value: string | null | undefined): value is string => typeof value === "string" && value.trim() !== "";

/**
 * The one rule for text kept in two languages: the page's language when it has text, else the
 * other language, flagged as such so it is never passed off as the page's (a Korean page marks
 * English text "영어", components/cases/localized-text.tsx). Blank counts as missing; null when
 * neither language has text.
 */
export function localizedText(locale: Locale, english: string | null | undefined, korean: string | null | undefined): LocalizedChoice | null {
  const [own, other, otherLang] = locale === "ko" ? [korean, english, "en" as const] : [english, korean, "ko" as const];
  if (present(own)) return { text: own, lang: locale, fallback: false };
  if (present(other)) return { text: other, lang: otherLang, fallback: true };
  return null;
}

/**
 * The same rule as plain text, for places that cannot carry a mark (page titles, the Open Graph
 * card, options in a select). Everywhere a page shows the text, use `LocalizedText` instead.
 */
export function localized(locale: Locale, english: string | null | undefined, korean: string | null | undefined): string {
  return localizedText(locale, english, korean)?.text ?? "";
}
