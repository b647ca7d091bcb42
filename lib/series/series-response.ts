import { createHash } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { CaseSeries } from "./get-case-series";

/**
 * A series as JSON, cacheable by the viewer's own browser (private, never shared caches) and
 * revalidated by ETag. A RangeError from the loader (too many buckets, a bucket not offered)
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
  const headers = { ETag: etag, "Cache-Control": "private, max-age=60, must-revalidate", Vary: "Cookie" };
  if (request.headers.get("if-none-match") === etag) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(body, { headers: { ...headers, "Content-Type": "application/json" } });
}
