import { notFoundResponse, publicRoute } from "@/lib/http/route-handler";
import { listCasePublicationEvents } from "@/lib/publishing/get-published-case";
import { casePageUrl, inLanguage, publicationEntries } from "@/lib/publishing/atom-feed";
import { atomResponse, feedWords } from "@/lib/publishing/feed-response";

// GET /<locale>/cases/<slug>/feed.xml: one case's publications and corrections, newest first.
// Unknown, unpublished and embargoed cases are 404 like the page.
export const GET = publicRoute<undefined, { locale: string; slug: string }>({}, async ({ request, params }) => {
  const feed = feedWords(params.locale);
  if (!feed) return notFoundResponse();
  const events = await listCasePublicationEvents(params.slug);
  const latest = events?.[0];
  if (!latest) return notFoundResponse();
  const { locale, words } = feed;
  const { origin } = request.nextUrl;
  const page = casePageUrl(origin, locale, latest.snapshot.slug);
  const title = words("caseTitle", { title: inLanguage(locale, latest.snapshot.title, latest.snapshot.titleKo).text });
  return atomResponse({ id: `${page}/feed.xml`, title, selfUrl: `${page}/feed.xml`, alternateUrl: page, lang: locale, entries: publicationEntries(events, { origin, locale, words }) });
});
