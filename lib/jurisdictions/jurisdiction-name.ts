// A jurisdiction as a case's forms and pages name it. Pure, safe in client components.
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

export type JurisdictionOption = { code: string; name: string; nameKo: string };

/** The jurisdiction's name in the reader's language; its code when it is not among the options. */
export function jurisdictionName(options: readonly JurisdictionOption[], code: string, locale: Locale): string {
  const found = options.find((j) => j.code === code);
  return found ? localized(locale, found.name, found.nameKo) : code;
}
