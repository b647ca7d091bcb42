import "server-only";
import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { SanctionLabels } from "@/lib/public-record/feeds";
import { renderAtom, type AtomFeed, type FeedWords } from "./atom-feed";

// What every feed route shares. Route handlers under [locale] get no help from its layout (which
// refuses an unknown locale for pages only), so each checks the locale itself.

export const atomResponse = (feed: AtomFeed) =>
  new Response(renderAtom(feed), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" } });

/** The feed's words in its language, or null for a path whose first segment is no locale (a 404). */
export async function feedWords(locale: string): Promise<{ locale: Locale; words: FeedWords } | null> {
  if (!isLocale(locale)) return null;
  const t = await getTranslations({ locale, namespace: "feeds" });
  return { locale, words: (key, values) => t(key as Parameters<typeof t>[0], values) };
}

export async function sanctionLabels(locale: Locale): Promise<SanctionLabels> {
  const t = await getTranslations({ locale, namespace: "workflow" });
  return { type: (type) => t(`sanctionTypes.${type}`), outcome: (outcome) => t(`appealOutcomes.${outcome}`) };
}
