import { NextResponse } from "next/server";
import { z } from "zod";
import { toCsv } from "@/lib/export/csv";
import { publicRoute } from "@/lib/http/route-handler";
import { listPublicSanctions } from "@/lib/public-record/public-reads";
import { SANCTION_CSV_COLUMNS, sanctionCsvRow, sanctionJson } from "@/lib/public-record/sanction-export";
import { filterSanctions, sortSanctions, trackerQuerySchema, type TrackerFilters } from "@/lib/public-record/tracker-filters";

const formatSchema = z.enum(["json", "csv"], { error: "format must be json or csv." }).default("json");

/** The tracker's query plus the download format; other parameter names are ignored. */
function parse(params: URLSearchParams): z.ZodSafeParseResult<TrackerFilters & { format: "json" | "csv" }> {
  const format = formatSchema.safeParse(params.get("format") || undefined);
  const filters = trackerQuerySchema.safeParse(Object.fromEntries(params));
  if (filters.success && format.success) return { success: true, data: { ...filters.data, format: format.data } };
  const issues = [...(filters.error?.issues ?? []), ...(format.error?.issues.map((i) => ({ ...i, path: ["format"] })) ?? [])];
  return { success: false, error: new z.ZodError(issues) as z.ZodError<TrackerFilters & { format: "json" | "csv" }> };
}

// GET /api/public/sanctions?year=&sector=&type=&article=&authority=&currency=&min=&max=&q=&sort=&dir=&format=json|csv:
// every published sanction the enforcement tracker shows for the same query, in the same order.
// Reads only published versions. The shape is documented in docs/public-api.md.
export const GET = publicRoute({ query: parse }, async ({ request, query }) => {
  const rows = sortSanctions(filterSanctions(await listPublicSanctions(), query), query);
  const headers = { "Cache-Control": "public, max-age=60" };
  if (query.format === "csv") {
    const body = toCsv(SANCTION_CSV_COLUMNS, rows.map((r) => sanctionCsvRow(r, request.nextUrl.origin)));
    return new NextResponse(body, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="sanctions.csv"' } });
  }
  return NextResponse.json({ total: rows.length, items: rows.map(sanctionJson) }, { headers });
});
