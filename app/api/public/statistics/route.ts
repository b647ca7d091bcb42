import { NextResponse } from "next/server";
import { z } from "zod";
import { publicRoute } from "@/lib/http/route-handler";
import { listPublishedCases } from "@/lib/publishing/get-published-case";
import { publicStatistics } from "@/lib/public-record/statistics";
import { statisticsJson } from "@/lib/public-record/statistics-json";

// No parameters: any query string is ignored (the figures are the same for everyone).
const query = z.object({});

// GET /api/public/statistics: the statistics page's figures as JSON, from published versions
// only. The shape is documented in docs/public-api.md ("Statistics").
export const GET = publicRoute({ query }, async () => {
  const cases = await listPublishedCases();
  return NextResponse.json(statisticsJson(publicStatistics(cases), new Date()), { headers: { "Cache-Control": "public, max-age=60" } });
});
