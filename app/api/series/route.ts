import { viewerRoute } from "@/lib/http/route-handler";
import { getAllCasesSeries } from "@/lib/series/get-all-series";
import { seriesQuerySchema } from "@/lib/series/series-query";
import { seriesResponse } from "@/lib/series/series-response";

// GET /api/series?bucket=month|year&from=YYYY-MM-DD&to=YYYY-MM-DD
// Records shared per month or year, summed over every case the viewer may see.
export const GET = viewerRoute({ query: seriesQuerySchema, permission: "case.list" }, ({ request, viewer, query }) => seriesResponse(request, () => getAllCasesSeries(viewer, query)));
