import { NextResponse } from "next/server";
import { parseCaseListParams } from "@/lib/cases/case-list-query";
import { searchCases } from "@/lib/cases/search-cases";
import { viewerRoute } from "@/lib/http/route-handler";

// GET /api/cases?q=&state=&org=&recipient=&category=&from=&to=&sort=&cursor=&limit=
// The viewer's rows only; never cached by shared caches.
export const GET = viewerRoute({ query: parseCaseListParams, permission: "case.list" }, async ({ viewer, query }) =>
  NextResponse.json(await searchCases(viewer, query), { headers: { "Cache-Control": "private, no-store" } }),
);
