import { apiCaseRoute } from "@/lib/api/api-route";
import { problemResponse } from "@/lib/api/problem";
import { actorOf } from "@/lib/audit/record-audit";
import { requestBodyReadable } from "@/lib/http/request-body-readable";
import { SERIES_IMPORT_MAX_BYTES } from "@/lib/http/request-limits";
import { seriesImportQuery, seriesImportResponse } from "@/lib/series/import/import-response";

// POST /api/v1/cases/<slug>/series?provenance=&fileName=  (body: the CSV, text/csv)
// The workspace's streamed importer: NDJSON progress, then the result; closing the request rolls it back.
export const POST = apiCaseRoute(
  { scope: "series:write", action: "series.import", query: seriesImportQuery, summary: "Import records per day (CSV, streamed; answers NDJSON)", rawBody: { contentType: "text/csv", description: "The CSV: day,records[,provenance]." } },
  async ({ request, viewer, query: { provenance, fileName }, found }) => {
    if (!request.headers.get("content-type")?.startsWith("text/csv")) return problemResponse("unsupported-media-type", "Send the file as text/csv.");
    if (Number(request.headers.get("content-length") ?? 0) > SERIES_IMPORT_MAX_BYTES) return problemResponse("body-too-large", `The file may be at most ${SERIES_IMPORT_MAX_BYTES} bytes.`);
    if (!request.body) return problemResponse("invalid-body", "The file is empty.");
    return seriesImportResponse({ source: requestBodyReadable(request.body), incidentId: found.incident.id, actor: actorOf(viewer), provenance, fileName: fileName ?? null, signal: request.signal });
  },
);
