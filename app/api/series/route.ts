import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/auth/permissions";
import { getAllCasesSeries } from "@/lib/series/get-all-series";
import { seriesQuerySchema } from "@/lib/series/series-query";
import { seriesResponse } from "@/lib/series/series-response";
import { withDatabaseErrors } from "@/lib/db/database-errors-response";

// GET /api/series?bucket=month|year&from=YYYY-MM-DD&to=YYYY-MM-DD
// Records shared per month or year, summed over every case the viewer may see.
export const GET = withDatabaseErrors(async (request: NextRequest) => {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(viewer, "case.list")) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const parsed = seriesQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return NextResponse.json({ error: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  return seriesResponse(request, () => getAllCasesSeries(viewer, parsed.data));
});
