// Where each feed lives, for the pages that announce them (<link rel="alternate"
// type="application/atom+xml">, through Next's metadata `alternates.types`) and link them.
import type { Locale } from "@/lib/i18n/locales";

export const languageFeedPath = (locale: Locale) => `/${locale}/feed.xml`;
export const caseFeedPath = (locale: Locale, slug: string) => `/${locale}/cases/${encodeURIComponent(slug)}/feed.xml`;

/** Metadata `alternates.types` announcing one Atom feed. */
export const atomAlternate = (url: string, title: string) => ({ "application/atom+xml": [{ url, title }] });
