import "server-only";
import { createTranslator } from "next-intl";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { SanctionLabels } from "@/lib/public-record/feeds";
import { renderAtom, type AtomFeed, type FeedWords } from "./atom-feed";

// What every feed route shares. Route handlers under [locale] get no help from its layout (which
// refuses an unknown locale for pages only), so each checks the locale itself. The words come
// from the messages directly: a route handler has no next-intl request to read them from.

export const atomResponse = (feed: AtomFeed) =>
  new Response(renderAtom(feed), { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" } });

const MESSAGES = { en, ko } as const;

/** The feed's words in its language, or null for a path whose first segment is no locale (a 404). */
export function feedWords(locale: string): { locale: Locale; words: FeedWords } | null {
  if (!isLocale(locale)) return null;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "feeds" });
  return { locale, words: (key, values) => t(key as Parameters<typeof t>[0], values) };
}

export function sanctionLabels(locale: Locale): SanctionLabels {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "workflow" });
  return { type: (type) => t(`sanctionTypes.${type}`), outcome: (outcome) => t(`appealOutcomes.${outcome}`) };
}
