import { NextResponse } from "next/server";
import { notFoundResponse, publicRoute } from "@/lib/http/route-handler";
import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { documentCsv, type PublishedDocument } from "@/lib/publishing/open-data";

// GET /cases/<slug>.json and /cases/<slug>.csv: exactly what the public page shows, from the
// published snapshot. Unknown, unpublished and embargoed cases are 404 alike.
export const GET = publicRoute<undefined, { file: string }>({}, async ({ params: { file } }) => {
  // The slug itself is checked by getPublishedCase (isCaseSlug): anything else is no case.
  const match = /^(.+)\.(json|csv)$/.exec(file);
  if (!match) return notFoundResponse();
  const [, slug, format] = match as unknown as [string, string, "json" | "csv"];
  const published = await getPublishedCase(slug);
  if (!published) return notFoundResponse();
  const doc: PublishedDocument = {
    version: published.version,
    publishedAt: published.publishedAt.toISOString(),
    history: published.history.map((h) => ({ ...h, publishedAt: h.publishedAt.toISOString() })),
    case: published.raw,
  };
  const headers = { "Cache-Control": "public, max-age=60", "Content-Disposition": `attachment; filename="${slug}-v${published.version}.${format}"` };
  if (format === "json") return new NextResponse(JSON.stringify(doc, null, 2), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  return new NextResponse(documentCsv(doc), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
});
