import type { NextRequest } from "next/server";
import { limitPublicRequest } from "@/lib/publishing/public-rate-limit";
import { listPublicationEvents } from "@/lib/publishing/get-published-case";
import { atomFeed } from "@/lib/publishing/open-data";
import { withDatabaseErrors } from "@/lib/db/database-errors-response";

// GET /feed.xml: an Atom feed of publications and corrections.
export const GET = withDatabaseErrors(async (request: NextRequest) => {
  const limited = await limitPublicRequest(request);
  if (limited) return limited;
  const entries = await listPublicationEvents();
  const body = atomFeed({ origin: request.nextUrl.origin, updated: entries[0]?.publishedAt ?? new Date(0), entries });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=60" } });
});
