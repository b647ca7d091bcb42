import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import type { Locale } from "@/lib/i18n/locales";
import { fullSnapshot, oldSnapshot } from "@/tests/support/public-snapshot-fixtures";
import { publicationEntries, renderAtom, type FeedWords } from "./atom-feed";

const words = (locale: Locale): FeedWords => createTranslator({ locale, messages: (locale === "en" ? en : ko) as Record<string, unknown>, namespace: "feeds" }) as unknown as FeedWords;
const origin = "https://casefile.example";
const events = [
  { id: "v2", number: 2, publishedAt: new Date("2026-01-02T00:00:00Z"), correctionNote: "Figure <fixed>", snapshot: fullSnapshot },
  { id: "v1", number: 1, publishedAt: new Date("2026-01-01T00:00:00Z"), correctionNote: null, snapshot: fullSnapshot },
  { id: "o1", number: 1, publishedAt: new Date("2025-06-01T00:00:00Z"), correctionNote: null, snapshot: oldSnapshot },
];

function feed(locale: Locale, entries = publicationEntries(events, { origin, locale, words: words(locale) })) {
  return renderAtom({ id: `${origin}/${locale}/feed.xml`, title: "T & <b>", selfUrl: `${origin}/${locale}/feed.xml`, alternateUrl: `${origin}/${locale}`, lang: locale, entries });
}

describe("Atom feeds", () => {
  it("escapes markup and drops characters XML cannot carry", () => {
    const xml = renderAtom({
      id: `${origin}/x`,
      title: `a "quoted" <b>&'\u0000\u0007\uFFFE\uD800`,
      selfUrl: `${origin}/x?a=1&b=2`,
      alternateUrl: `${origin}/`,
      lang: "en",
      entries: [],
    });
    expect(xml).toContain("<title>a &quot;quoted&quot; &lt;b&gt;&amp;&apos;</title>");
    expect(xml).toContain(`href="${origin}/x?a=1&amp;b=2"`);
    expect(xml).not.toMatch(/[\u0000\u0007\uFFFE]/);
    expect(xml).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it("declares its language, an author, absolute self and alternate links, and the newest entry's time", () => {
    const xml = feed("ko");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ko">/);
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${origin}/ko/feed.xml"/>`);
    expect(xml).toContain(`<link rel="alternate" type="text/html" hreflang="ko" href="${origin}/ko"/>`);
    expect(xml).toContain("<author><name>Casefile</name></author>");
    expect(xml).toContain("<updated>2026-01-02T00:00:00.000Z</updated>");
    expect(renderAtom({ id: "x", title: "x", selfUrl: "x", alternateUrl: "x", lang: "en", entries: [] })).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
  });

  it("English entries: the English title, the correction titled and summarised by its note, links to the English page", () => {
    const xml = feed("en");
    expect(xml).toContain("<title>Pay Co shared customer data (version 2, corrected)</title>");
    expect(xml).toContain("<summary>Figure &lt;fixed&gt;</summary>");
    expect(xml).toContain(`<link rel="alternate" type="text/html" href="${origin}/en/cases/pay-co-shares"/>`);
    expect(xml).toContain("<id>urn:casefile:publication:v1</id>");
  });

  it("Korean entries: Korean titles and summaries where the version has them, else the English marked as English", () => {
    const xml = feed("ko");
    expect(xml).toContain("<title>페이의 고객 정보 제공 (제2판, 정정)</title>");
    expect(xml).toContain("<summary>페이가 정보를 제공했다.</summary>");
    expect(xml).toContain(`href="${origin}/ko/cases/pay-co-shares"`);
    // The correction note has no Korean wording; the old case has no Korean title.
    expect(xml).toContain('<summary xml:lang="en">Figure &lt;fixed&gt;</summary>');
    expect(xml).toContain('<title xml:lang="en">An early case</title>');
    // Ids are stable and differ from the English entries, which say something else.
    expect(xml).toContain("<id>urn:casefile:publication:v1:ko</id>");
  });

  it("the same input gives the same feed, byte for byte", () => {
    expect(feed("ko")).toBe(feed("ko"));
  });
});
