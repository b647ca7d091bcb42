// The public wording rule, shared by the snapshot builder and the composer's missing-Korean list
// (missing-korean.ts), so the list says exactly what the Korean page will lack. Pure: no I/O.

/** The wording keys of an item: `<kind>:<id>` for English, the same ending ":ko" for Korean. */
export const itemKeys = (key: string) => ({ en: key, ko: `${key}:ko` });

/**
 * An item's public text in both languages. A public wording replaces the internal text; an English
 * wording without a Korean one also withholds the internal Korean text, which says what the
 * English wording was written to replace (the Korean page then shows the wording, marked English).
 */
export function publicText(words: Record<string, string>, keys: { en: string; ko: string }, internal: { en: string; ko: string | null }): { en: string; ko: string | null };
export function publicText(words: Record<string, string>, keys: { en: string; ko: string }, internal: { en: string | null; ko: string | null }): { en: string | null; ko: string | null };
export function publicText(words: Record<string, string>, keys: { en: string; ko: string }, internal: { en: string | null; ko: string | null }) {
  const en = words[keys.en];
  const ko = words[keys.ko];
  return { en: en || internal.en, ko: ko || (en ? null : internal.ko) };
}
