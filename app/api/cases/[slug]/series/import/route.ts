import { NextResponse, type NextRequest } from "next/server";
import { can } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { actorOf } from "@/lib/audit/record-audit";
import { env } from "@/lib/env";
import { findCaseForViewer } from "@/lib/cases/case-access";
import { requestBodyReadable } from "@/lib/http/request-body-readable";
import { SERIES_IMPORT_MAX_BYTES } from "@/lib/http/request-limits";
import { importEventLine, type ImportEvent } from "@/lib/series/import/import-events";
import { runSeriesImport } from "@/lib/series/import/run-import";
import { isProvenance } from "@/lib/series/import/validate-row";
import { withDatabaseErrors } from "@/lib/db/database-errors-response";
import { databaseFailure } from "@/lib/db/database-failure";

// POST /api/cases/<slug>/series/import?provenance=reported&fileName=…  (body: the CSV)
// Answers with newline-delimited JSON: progress events while the file streams in, then the
// result. Closing the request (the page's Cancel button) rolls the import back.
export const POST = withDatabaseErrors(async (request: NextRequest, { params }: { params: Promise<{ slug: string }> }) => {
  // Cross-site requests cannot send text/csv without a CORS preflight, which this route never
  // grants; a foreign Origin is refused outright. (Server actions get this check from Next.)
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && hostOf(origin) !== host) return NextResponse.json({ error: "forbidden", message: "Cross-site request refused." }, { status: 403 });
  if (!request.headers.get("content-type")?.startsWith("text/csv")) {
    return NextResponse.json({ error: "invalid", message: "Send the file as text/csv." }, { status: 415 });
  }
  const viewer = await getViewer();
  if (!viewer) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const found = await findCaseForViewer(viewer, (await params).slug);
  if (!found) return NextResponse.json({ error: "not_found" }, { status: 404 });
  if (!can(viewer, "series.import", found.access)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
  const provenance = request.nextUrl.searchParams.get("provenance") ?? "reported";
  if (!isProvenance(provenance)) return NextResponse.json({ error: "invalid", fieldErrors: { provenance: ["Unknown provenance."] } }, { status: 400 });
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > SERIES_IMPORT_MAX_BYTES) return NextResponse.json({ error: "invalid", message: `The file is larger than ${SERIES_IMPORT_MAX_BYTES / 1024 / 1024} MB.` }, { status: 413 });
  if (!request.body) return NextResponse.json({ error: "invalid", message: "The file is empty." }, { status: 400 });
  const fileName = request.nextUrl.searchParams.get("fileName")?.slice(0, 200) ?? null;

  const source = requestBodyReadable(request.body);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      // After a cancel the reader is gone; there is nobody left to tell.
      const send = (event: ImportEvent) => {
        try {
          controller.enqueue(encoder.encode(importEventLine(event)));
        } catch {
          // closed
        }
      };
      try {
        const outcome = await runSeriesImport({
          databaseUrl: env().DATABASE_URL,
          source,
          incident: { id: found.incident.id },
          defaultProvenance: provenance,
          actor: actorOf(viewer),
          fileName,
          signal: request.signal,
          onProgress: (p) => send({ type: "progress", ...p }),
          onPhase: (phase) => send({ type: "phase", phase }),
        });
        send({ type: "result", ...outcome });
      } catch (error) {
        const failure = databaseFailure(error);
        if (failure) send({ type: "result", ok: false, reason: "unavailable", message: failure.message });
        else {
          console.error("Series import failed", error);
          send({ type: "result", ok: false, reason: "unexpected" });
        }
      } finally {
        try {
          controller.close();
        } catch {
          // already closed by a cancel
        }
      }
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
});

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" and other opaque origins
  }
}
