import { publicRoute } from "@/lib/http/route-handler";
import { listPublicationEvents } from "@/lib/publishing/get-published-case";
import { atomFeed } from "@/lib/publishing/open-data";

// GET /feed.xml: an Atom feed of publications and corrections.
export const GET = publicRoute({}, async ({ request }) => {
  const entries = await listPublicationEvents();
  const body = atomFeed({ origin: request.nextUrl.origin, updated: entries[0]?.publishedAt ?? new Date(0), entries });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" } });
});
