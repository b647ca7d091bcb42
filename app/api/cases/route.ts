import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import { getViewer } from "@/lib/auth/viewer";
import { parseCaseListParams } from "@/lib/cases/case-list-query";
import { searchCases } from "@/lib/cases/search-cases";
import { withDatabaseErrors } from "@/lib/db/database-errors-response";

// GET /api/cases?q=&state=&org=&recipient=&category=&from=&to=&sort=&cursor=&limit=
// Parse, authorize, query. The viewer's rows only; never cached by shared caches.
export const GET = withDatabaseErrors(async (request: NextRequest) => {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const parsed = parseCaseListParams(request.nextUrl.searchParams);
  if (!parsed.success) return NextResponse.json({ error: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  try {
    const page = await searchCases(viewer, parsed.data);
    return NextResponse.json(page, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof ActionError) return NextResponse.json({ error: "not_found" }, { status: 404 });
    throw error;
  }
});
