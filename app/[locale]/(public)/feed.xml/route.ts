import { notFoundResponse, publicRoute } from "@/lib/http/route-handler";
import { listPublicationEvents } from "@/lib/publishing/get-published-case";
import { publicationEntries } from "@/lib/publishing/atom-feed";
import { atomResponse, feedWords } from "@/lib/publishing/feed-response";

// GET /en/feed.xml, /ko/feed.xml: publications and corrections, newest first, in the language.
export const GET = publicRoute<undefined, { locale: string }>({}, async ({ request, params }) => {
  const feed = feedWords(params.locale);
  if (!feed) return notFoundResponse();
  const { locale, words } = feed;
  const { origin } = request.nextUrl;
  const entries = publicationEntries(await listPublicationEvents(), { origin, locale, words });
  const self = `${origin}/${locale}/feed.xml`;
  return atomResponse({ id: self, title: words("siteTitle"), selfUrl: self, alternateUrl: `${origin}/${locale}`, lang: locale, entries });
});
