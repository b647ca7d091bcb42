import type { Locale } from "./locales";

/** Picks the Korean text when the reader reads Korean and it exists, else the English one. */
export function localized(locale: Locale, english: string, korean: string | null | undefined): string {
  return locale === "ko" && korean ? korean : english;
}
