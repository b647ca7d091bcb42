import "server-only";
import { setRequestLocale } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./locales";

/**
 * A page's or layout's params with its locale checked: next-intl is told the request's locale
 * (so the page can be rendered statically), and an unknown one reads as the default (the locale
 * layout has already answered 404 for it).
 */
export async function pageLocale<P extends { locale: string }>(params: Promise<P>): Promise<Omit<P, "locale"> & { locale: Locale }> {
  const resolved = await params;
  setRequestLocale(resolved.locale);
  return { ...resolved, locale: isLocale(resolved.locale) ? resolved.locale : defaultLocale };
}
