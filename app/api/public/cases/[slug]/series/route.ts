import { getPublishedCase } from "@/lib/publishing/get-published-case";
import { notFoundResponse, publicRoute } from "@/lib/http/route-handler";
import { seriesFromMonths } from "@/lib/series/months-to-series";
import { seriesQuerySchema } from "@/lib/series/series-query";
import { seriesResponse } from "@/lib/series/series-response";

// GET /api/public/cases/<slug>/series?bucket=month|year&from=&to=
// Records shared per month or year, from the published snapshot only (the public chart).
export const GET = publicRoute<typeof seriesQuerySchema._output, { slug: string }>({ query: seriesQuerySchema }, async ({ request, query, params }) => {
  const months = (await getPublishedCase(params.slug))?.raw.series.months;
  if (!months) return notFoundResponse();
  return seriesResponse(request, async () => seriesFromMonths(months, query));
});
