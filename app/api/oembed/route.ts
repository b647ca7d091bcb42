import { NextResponse } from "next/server";
import { createTranslator } from "next-intl";
import { notFoundResponse, publicRoute } from "@/lib/http/route-handler";
import { CHART_TITLE_KEY as CHART_TITLE, chartFor, embedPath, embedSnippet, fitSize, oembedQuerySchema, parseCaseUrl, publishedCharts } from "@/lib/embeds/embed-url";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { siteUrl } from "@/lib/site-env";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";

// The messages themselves, not next-intl's request config: this handler answers outside a page render.
const MESSAGES = { en, ko };

// GET /api/oembed?url=<case page or embed page>&format=json&maxwidth=&maxheight= (oEmbed 1.0,
// docs/public-api.md "Embeds and oEmbed"): the frame of a published case's chart, as a "rich"
// answer. Only JSON is offered (XML: 501, as the spec says); an address that is not a published
// case's page on this site: 404.
export const GET = publicRoute({ query: oembedQuerySchema }, async ({ query }) => {
  if (query.format === "xml") return NextResponse.json({ error: "not_implemented", message: "Only format=json is offered." }, { status: 501 });
  const site = siteUrl();
  const asked = parseCaseUrl(query.url, site);
  if (!asked) return notFoundResponse();
  const incident = await getPublishedCase(asked.slug);
  if (!incident) return notFoundResponse();
  const chart = chartFor(asked.chart, publishedCharts(incident.raw));
  if (!chart) return notFoundResponse();
  const t = createTranslator({ locale: asked.locale, messages: MESSAGES[asked.locale], timeZone: DISPLAY_TIME_ZONE });
  const title = t("embed.frameTitle", { chart: t(`case.${CHART_TITLE[chart]}`), title: localized(asked.locale, incident.title, incident.titleKo) });
  const { width, height } = fitSize(chart, query);
  const src = new URL(embedPath(asked.locale, asked.slug, chart), site).href;
  return NextResponse.json(
    {
      version: "1.0",
      type: "rich",
      title,
      provider_name: "Casefile",
      provider_url: new URL("/", site).href,
      cache_age: 60,
      html: embedSnippet({ src, title, width, height }),
      width,
      height,
    },
    { headers: { "Cache-Control": "public, max-age=60" } },
  );
});
