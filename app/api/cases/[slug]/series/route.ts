import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { findCaseForViewer } from "@/lib/cases/case-access";
import { getCaseSeries } from "@/lib/series/get-case-series";
import { seriesQuerySchema } from "@/lib/series/series-query";
import { seriesResponse } from "@/lib/series/series-response";
import { withDatabaseErrors } from "@/lib/db/database-errors-response";

// GET /api/cases/<slug>/series?bucket=day|week|month|year&from=YYYY-MM-DD&to=YYYY-MM-DD
// Parse, authorize, query.
export const GET = withDatabaseErrors(async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const parsed = seriesQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  const found = await findCaseForViewer(viewer, (await params).slug);
  if (!found) return NextResponse.json({ error: "not_found" }, { status: 404 });
  return seriesResponse(request, () => getCaseSeries(found.incident.id, parsed.data));
});
