import { useLocale } from "next-intl";
import { defaultLocale, isLocale, type Locale } from "./locales";

/** The current locale, narrowed to the ones Casefile formats for. */
export function useAppLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : defaultLocale;
}
