import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { findCaseForViewer } from "@/lib/incidents/case-access";
import { getCaseSeries } from "@/lib/series/get-case-series";
import { seriesQuerySchema } from "@/lib/series/series-query";

// GET /api/cases/<slug>/series?bucket=day|week|month|year&from=YYYY-MM-DD&to=YYYY-MM-DD
// Parse, authorize, query. Cacheable by the viewer's browser (private) and revalidated by ETag.
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const parsed = seriesQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const found = await findCaseForViewer(viewer, (await params).slug);
  if (!found) return NextResponse.json({ error: "not_found" }, { status: 404 });
  let series;
  try {
    series = await getCaseSeries(found.incident.id, parsed.data);
  } catch (error) {
    if (error instanceof RangeError) return NextResponse.json({ error: "invalid", message: error.message }, { status: 400 });
    throw error;
  }
  const body = JSON.stringify(series);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { ETag: etag, "Cache-Control": "private, max-age=60, must-revalidate", Vary: "Cookie" };
  if (request.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(body, { headers: { ...headers, "Content-Type": "application/json" } });
}
