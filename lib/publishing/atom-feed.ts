// Atom feeds (RFC 4287) of what Casefile publishes: the site's publications per language, one
// case's versions, a company's cases, the sanctions tracker. Pure: routes read the published
// versions and pass them in with the words of the feed's language (messages "feeds").
import type { Locale } from "@/lib/i18n/locales";
import type { PublicSnapshot } from "./snapshot";

/** A translator of the "feeds" messages (next-intl's, narrowed to what the builders call). */
export type FeedWords = (key: string, values?: Record<string, string | number>) => string;

/** Text in a language; `lang` is set only where it differs from the feed's own. */
export interface FeedText {
  text: string;
  lang?: Locale;
}

export interface AtomEntry {
  /** Stable across fetches: the same thing published keeps its id. */
  id: string;
  title: FeedText;
  url: string;
  updated: Date;
  summary: FeedText;
}

export interface AtomFeed {
  id: string;
  title: string;
  selfUrl: string;
  /** The HTML page the feed follows. */
  alternateUrl: string;
  lang: Locale;
  entries: AtomEntry[];
}

// XML 1.0 allows tab, line feed, carriage return and the planes minus surrogates and U+FFFE/FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function xmlText(value: string): string {
  return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const element = (name: string, { text, lang }: FeedText) => `<${name}${lang ? ` xml:lang="${lang}"` : ""}>${xmlText(text)}</${name}>`;

export function renderAtom(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), new Date(0));
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>${xmlText(e.id)}</id>`,
      `    ${element("title", e.title)}`,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.url)}"/>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    ${element("summary", e.summary)}`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.lang}">`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <id>${xmlText(feed.id)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${feed.lang}" href="${xmlText(feed.alternateUrl)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    "  <author><name>Casefile</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** Text in the feed's language where the version has it, else the English marked as English. */
export function inLanguage(locale: Locale, english: string, korean: string | null | undefined): FeedText {
  if (locale === "ko") return korean ? { text: korean } : { text: english, lang: "en" };
  return { text: english };
}

export interface PublicationEvent {
  /** The published version's id. */
  id: string;
  number: number;
  publishedAt: Date;
  correctionNote: string | null;
  snapshot: PublicSnapshot;
}

export const casePageUrl = (origin: string, locale: Locale, slug: string) => `${origin}/${locale}/cases/${encodeURIComponent(slug)}`;

/**
 * One entry per publication or correction. A version after the first is titled as a correction
 * and summarised by its note (which has no Korean wording). English entries keep the ids the
 * first feed gave them; Korean ones, which say something else, have their own.
 */
export function publicationEntries(events: readonly PublicationEvent[], options: { origin: string; locale: Locale; words: FeedWords }): AtomEntry[] {
  const { origin, locale, words } = options;
  return events.map((e) => {
    const s = e.snapshot;
    const title = inLanguage(locale, s.title, s.titleKo);
    const summary = inLanguage(locale, s.summary, s.summaryKo);
    return {
      id: `urn:casefile:publication:${e.id}${locale === "en" ? "" : `:${locale}`}`,
      title: e.number === 1 ? title : { ...title, text: words("corrected", { title: title.text, number: e.number }) },
      url: casePageUrl(origin, locale, s.slug),
      updated: e.publishedAt,
      summary: e.number > 1 && e.correctionNote ? { text: e.correctionNote, ...(locale === "en" ? {} : { lang: "en" as const }) } : summary,
    };
  });
}
