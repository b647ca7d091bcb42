import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { limitPublicRequest } from "@/lib/publishing/public-rate-limit";
import { seriesFromMonths } from "@/lib/series/months-to-series";
import { seriesQuerySchema } from "@/lib/series/series-query";
import { seriesResponse } from "@/lib/series/series-response";
import { withDatabaseErrors } from "@/lib/db/database-errors-response";

// GET /api/public/cases/<slug>/series?bucket=month|year&from=&to=
// Records shared per month or year, from the published snapshot only (the public chart).
export const GET = withDatabaseErrors(async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
  const limited = await limitPublicRequest(request);
  if (limited) return limited;
  const { slug } = await params;
  const parsed = seriesQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const published = await getPublishedCase(slug);
  if (!published?.raw.series.months) return NextResponse.json({ error: "not_found" }, { status: 404 });
  const months = published.raw.series.months;
  return seriesResponse(request, async () => seriesFromMonths(months, parsed.data));
});
