import { notFoundResponse, publicRoute } from "@/lib/http/route-handler";
import { casesNaming, organisationEntries } from "@/lib/public-record/feeds";
import { inLanguage, type PublicationEvent } from "@/lib/publishing/atom-feed";
import { listCasePublicationEvents, listPublishedCases } from "@/lib/publishing/get-published-case";
import { atomResponse, feedWords } from "@/lib/publishing/feed-response";

// GET /<locale>/organisations/<slug>/feed.xml: the publications and corrections of every published
// case that names the company (investigated, recipient, authority or sanctioned). 404 when none does.
export const GET = publicRoute<undefined, { locale: string; slug: string }>({}, async ({ request, params }) => {
  const feed = feedWords(params.locale);
  if (!feed) return notFoundResponse();
  const named = casesNaming(await listPublishedCases(), params.slug);
  const first = named[0];
  if (!first) return notFoundResponse();
  const events = new Map<string, PublicationEvent[]>();
  for (const { ref } of named) events.set(ref.raw.slug, (await listCasePublicationEvents(ref.raw.slug)) ?? []);
  const { locale, words } = feed;
  const { origin } = request.nextUrl;
  const page = `${origin}/${locale}/organisations/${encodeURIComponent(params.slug)}`;
  const title = words("organisationTitle", { name: inLanguage(locale, first.name, first.nameKo).text });
  return atomResponse({ id: `${page}/feed.xml`, title, selfUrl: `${page}/feed.xml`, alternateUrl: page, lang: locale, entries: organisationEntries(named, events, { origin, locale, words }) });
});
