import { caseRoute } from "@/lib/http/route-handler";
import { getCaseSeries } from "@/lib/series/get-case-series";
import { seriesQuerySchema } from "@/lib/series/series-query";
import { seriesResponse } from "@/lib/series/series-response";

// GET /api/cases/<slug>/series?bucket=day|week|month|year&from=YYYY-MM-DD&to=YYYY-MM-DD
export const GET = caseRoute({ query: seriesQuerySchema }, ({ request, query, found }) => seriesResponse(request, () => getCaseSeries(found.incident.id, query)));
