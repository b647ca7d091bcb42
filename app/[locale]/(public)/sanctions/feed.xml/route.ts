import { notFoundResponse, publicRoute } from "@/lib/http/route-handler";
import { publicSanctionRows } from "@/lib/public-record/sanction-rows";
import { sanctionEntries } from "@/lib/public-record/feeds";
import { listPublishedCases } from "@/lib/publishing/get-published-case";
import { atomResponse, feedWords, sanctionLabels } from "@/lib/publishing/feed-response";

// GET /<locale>/sanctions/feed.xml: the enforcement tracker's feed, one entry per published
// sanction, newest decision first (at most 100, lib/public-record/feeds.ts).
export const GET = publicRoute<undefined, { locale: string }>({}, async ({ request, params }) => {
  const feed = feedWords(params.locale);
  if (!feed) return notFoundResponse();
  const { locale, words } = feed;
  const { origin } = request.nextUrl;
  const refs = await listPublishedCases();
  const entries = sanctionEntries(publicSanctionRows(refs), refs, { origin, locale, words, labels: sanctionLabels(locale) });
  const self = `${origin}/${locale}/sanctions/feed.xml`;
  return atomResponse({ id: self, title: words("sanctionsTitle"), selfUrl: self, alternateUrl: `${origin}/${locale}/sanctions`, lang: locale, entries });
});
