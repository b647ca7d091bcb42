import { siteUrl } from "@/lib/site-env";
import type { Locale } from "@/lib/i18n/locales";

/** The notification preferences page, below the locale. */
export const SETTINGS_PATH = "/workspace/settings/notifications";

/** The absolute address of a page (a path without its locale) in the recipient's language. */
export function absoluteLink(locale: Locale, path: string): string {
  return new URL(`/${locale}${path}`, siteUrl()).toString();
}
