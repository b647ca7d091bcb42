import { NextResponse } from "next/server";
import { notFoundResponse, publicRoute } from "@/lib/http/route-handler";
import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { publishedDocument } from "@/lib/publishing/open-data";
import { openDataZip } from "@/lib/publishing/open-data-zip";

// GET /cases/<slug>.json (the complete published document) and /cases/<slug>.zip (its tidy
// tables as CSV, lib/publishing/tidy-tables.ts), from the published snapshot. /cases/<slug>.csv,
// once a single field,value CSV, redirects (308) to the zip so old links keep working. Unknown,
// unpublished and embargoed cases are 404 alike.
export const GET = publicRoute<undefined, { file: string }>({}, async ({ request, params: { file } }) => {
  // The slug itself is checked by getPublishedCase (isCaseSlug): anything else is no case.
  const match = /^(.+)\.(json|csv|zip)$/.exec(file);
  if (!match) return notFoundResponse();
  const [, slug, format] = match as unknown as [string, string, "json" | "csv" | "zip"];
  const published = await getPublishedCase(slug);
  if (!published) return notFoundResponse();
  if (format === "csv") return NextResponse.redirect(new URL(`/cases/${encodeURIComponent(slug)}.zip`, request.nextUrl.origin), { status: 308, headers: { "Cache-Control": "public, max-age=60" } });
  const doc = publishedDocument(published);
  const headers = { "Cache-Control": "public, max-age=60", "Content-Disposition": `attachment; filename="${slug}-v${published.version}.${format}"` };
  if (format === "json") return new NextResponse(JSON.stringify(doc, null, 2), { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  return new NextResponse(openDataZip(doc, request.nextUrl.origin), { headers: { ...headers, "Content-Type": "application/zip" } });
});
