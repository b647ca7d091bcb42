import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { CaseSeries } from "./get-case-series";

/**
 * A series as JSON, cacheable by the viewer's own browser (private, never shared caches) and
 * revalidated by ETag on every use. A RangeError from the loader (too many buckets, a bucket not offered)
 * is the caller's mistake: 400 with its message.
 */
export async function seriesResponse(request: NextRequest, load: () => Promise<CaseSeries>) {
  let series;
  try {
    series = await load();
  } catch (error) {
    if (error instanceof RangeError) return NextResponse.json({ error: "invalid", message: error.message }, { status: 400 });
    throw error;
  }
  const body = JSON.stringify(series);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  // no-cache: the browser keeps the copy but asks every time (a 304 when unchanged), so a chart
  // never shows a series an import has just replaced.
  const headers = { ETag: etag, "Cache-Control": "private, no-cache", Vary: "Cookie" };
  if (request.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(body, { headers: { ...headers, "Content-Type": "application/json" } });
}
