import { NextResponse } from "next/server";
import { actorOf } from "@/lib/audit/record-audit";
import { caseRoute } from "@/lib/http/route-handler";
import { requestBodyReadable } from "@/lib/http/request-body-readable";
import { SERIES_IMPORT_MAX_BYTES } from "@/lib/http/request-limits";
import { seriesImportQuery, seriesImportResponse } from "@/lib/series/import/import-response";

// POST /api/cases/<slug>/series/import?provenance=reported&fileName=…  (body: the CSV)
// Answers with newline-delimited JSON: progress events while the file streams in, then the
// result. Closing the request (the page's Cancel button) rolls the import back.
export const POST = caseRoute({ query: seriesImportQuery, permission: "series.import", sameOriginOnly: true }, async ({ request, viewer, query: { provenance, fileName }, found }) => {
  // Cross-site requests cannot send text/csv without a CORS preflight, which this route never grants.
  if (!request.headers.get("content-type")?.startsWith("text/csv")) {
    return NextResponse.json({ error: "invalid", message: "Send the file as text/csv." }, { status: 415 });
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > SERIES_IMPORT_MAX_BYTES) return NextResponse.json({ error: "invalid", message: `The file is larger than ${SERIES_IMPORT_MAX_BYTES / 1024 / 1024} MB.` }, { status: 413 });
  if (!request.body) return NextResponse.json({ error: "invalid", message: "The file is empty." }, { status: 400 });

  return seriesImportResponse({
    source: requestBodyReadable(request.body),
    incidentId: found.incident.id,
    actor: actorOf(viewer),
    provenance,
    fileName: fileName ?? null,
    signal: request.signal,
  });
});
