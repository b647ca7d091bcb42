// The embed pages' addresses, the snippet that frames them and the oEmbed query (docs/public-api.md,
// "Embeds and oEmbed"). Pure: the route handler, the case page's snippet and the tests share it.
import { z } from "zod";
import { isCaseSlug } from "@/lib/cases/slug";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import type { PublicSnapshot } from "@/lib/publishing/snapshot";

const EMBED_CHARTS = ["records", "people"] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** Each chart's title in the "case" messages (the case page's figure captions). */
export const CHART_TITLE_KEY = { records: "recordsPerMonth", people: "peopleByStatus" } as const satisfies Record<EmbedChart, string>;

export const isEmbedChart = (value: string): value is EmbedChart => (EMBED_CHARTS as readonly string[]).includes(value);

/** The frame's default size: the records chart carries its period and bucket controls, which wrap on a phone (measured at 390 px: about 650 px with the attribution). */
const DEFAULT_SIZE: Record<EmbedChart, { width: number; height: number }> = {
  records: { width: 640, height: 660 },
  people: { width: 640, height: 460 },
};
/** Below this a chart and its attribution no longer fit; an oEmbed consumer asking less gets this. */
const MIN_SIZE = { width: 280, height: 300 };

export const embedPath = (locale: Locale, slug: string, chart: EmbedChart) => `/embed/${locale}/cases/${slug}/${chart}`;

/** The case page's oEmbed discovery link (its `<link rel="alternate" type="application/json+oembed">`). */
export const oembedDiscovery = (site: URL, locale: Locale, slug: string) =>
  new URL(`/api/oembed?url=${encodeURIComponent(new URL(`/${locale}/cases/${slug}`, site).href)}&format=json`, site).href;

const CASE_PAGE = /^\/(?:(en|ko)\/)?cases\/([^/]+)\/?$/;
const EMBED_PAGE = /^\/embed\/([^/]+)\/cases\/([^/]+)\/([^/]+)\/?$/;

/**
 * A public case page or embed page of this site, as the oEmbed consumer gave it: its language,
 * case and chart (null for the case page). Anything else (another site, scheme or port, another
 * page of ours, a slug that cannot be one) is null. Query and fragment are ignored.
 */
export function parseCaseUrl(value: string, site: URL): { locale: Locale; slug: string; chart: EmbedChart | null } | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.origin !== site.origin) return null;
  const page = CASE_PAGE.exec(url.pathname);
  if (page) {
    const [, locale, slug] = page;
    return slug && isCaseSlug(slug) ? { locale: isLocale(locale ?? "") ? (locale as Locale) : defaultLocale, slug, chart: null } : null;
  }
  const embed = EMBED_PAGE.exec(url.pathname);
  if (!embed) return null;
  const [, locale = "", slug = "", chart = ""] = embed;
  return isLocale(locale) && isCaseSlug(slug) && isEmbedChart(chart) ? { locale, slug, chart } : null;
}

/** Which charts a published version has: the same rule as the case page's (public-chart-props.ts). */
export function publishedCharts(snapshot: PublicSnapshot): Record<EmbedChart, boolean> {
  const split = snapshot.headline.people?.split;
  return {
    records: (snapshot.series.months?.length ?? 0) > 0,
    people: split ? Object.values(split).some((value) => value !== null) : false,
  };
}

/** The chart to embed: the one asked for if the case publishes it; for a case page, the first it has. */
export function chartFor(asked: EmbedChart | null, has: Record<EmbedChart, boolean>): EmbedChart | null {
  if (asked) return has[asked] ? asked : null;
  return EMBED_CHARTS.find((chart) => has[chart]) ?? null;
}

/** The frame's size within the consumer's maxwidth/maxheight (oEmbed 1.0, section 2.2). */
export function fitSize(chart: EmbedChart, max: { maxwidth?: number; maxheight?: number }) {
  const size = DEFAULT_SIZE[chart];
  return {
    width: Math.max(MIN_SIZE.width, Math.min(size.width, max.maxwidth ?? size.width)),
    height: Math.max(MIN_SIZE.height, Math.min(size.height, max.maxheight ?? size.height)),
  };
}

export const embedHeight = (chart: EmbedChart) => DEFAULT_SIZE[chart].height;

const escapeAttribute = (value: string) => value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** The `<iframe>` a journalist pastes into an article (full width unless a width is given). */
export function embedSnippet({ src, title, width, height }: { src: string; title: string; width?: number; height: number }): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${width ?? "100%"}" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

const size = z
  .string()
  .regex(/^[1-9]\d{0,4}$/, "A positive whole number of pixels.")
  .transform(Number)
  .optional();

/** GET /api/oembed's query: unknown keys and malformed values are refused (400). */
export const oembedQuerySchema = z.strictObject({
  url: z.string().min(1).max(2000),
  format: z.enum(["json", "xml"]).default("json"),
  maxwidth: size,
  maxheight: size,
});
