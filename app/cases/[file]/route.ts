import { NextResponse, type NextRequest } from "next/server";
import { limitPublicRequest } from "@/lib/publishing/public-rate-limit";
import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { documentCsv, type PublishedDocument } from "@/lib/publishing/open-data";
import { withDatabaseErrors } from "@/lib/db/database-errors-response";

// GET /cases/<slug>.json and /cases/<slug>.csv: exactly what the public page shows, from the
// published snapshot. Unknown, unpublished and embargoed cases are 404 alike.
export const GET = withDatabaseErrors(async (request: NextRequest, { params }: { params: Promise<{ file: string }> }) => {
  const limited = await limitPublicRequest(request);
  if (limited) return limited;
  const { file } = await params;
  // The slug itself is checked by getPublishedCase (isCaseSlug): anything else is no case.
  const match = /^(.+)\.(json|csv)$/.exec(file);
  if (!match) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const [, slug, format] = match as unknown as [string, string, "json" | "csv"];
  const published = await getPublishedCase(slug);
  if (!published) return NextResponse.json({ error: "not_found" }, { status: 404 });
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
