import { publicRoute } from "@/lib/http/route-handler";
import { listPublicationEvents } from "@/lib/publishing/get-published-case";
import { publicationEntries } from "@/lib/publishing/atom-feed";
import { atomResponse, feedWords } from "@/lib/publishing/feed-response";

// GET /feed.xml: the English feed of publications and corrections, at its first address (the
// same entries as /en/feed.xml, which app/[locale]/(public)/feed.xml serves with /ko/feed.xml).
export const GET = publicRoute({}, async ({ request }) => {
  const { origin } = request.nextUrl;
  const { locale, words } = feedWords("en")!;
  const entries = publicationEntries(await listPublicationEvents(), { origin, locale, words });
  return atomResponse({ id: `${origin}/feed.xml`, title: words("siteTitle"), selfUrl: `${origin}/feed.xml`, alternateUrl: `${origin}/en`, lang: locale, entries });
});
