import { NextResponse } from "next/server";
import { organizationSearchSchema } from "@/lib/organisations/schema";
import { searchOrganizations } from "@/lib/organisations/search-organizations";
import { viewerRoute } from "@/lib/http/route-handler";

// GET /api/organisations?q=&limit= — the organisation picker's search, by name in either language.
export const GET = viewerRoute({ query: organizationSearchSchema, permission: "organization.view" }, async ({ query }) =>
  NextResponse.json({ items: await searchOrganizations(query) }, { headers: { "Cache-Control": "private, no-store" } }),
);
