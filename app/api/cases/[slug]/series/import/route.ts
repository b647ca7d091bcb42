import { NextResponse } from "next/server";
import { z } from "zod";
import { actorOf } from "@/lib/audit/record-audit";
import { PROVENANCES } from "@/lib/enums";
import { env } from "@/lib/env";
import { caseRoute } from "@/lib/http/route-handler";
import { requestBodyReadable } from "@/lib/http/request-body-readable";
import { SERIES_IMPORT_MAX_BYTES } from "@/lib/http/request-limits";
import { importEventLine, type ImportEvent } from "@/lib/series/import/import-events";
import { runSeriesImport } from "@/lib/series/import/run-import";
import { databaseFailure } from "@/lib/db/database-failure";

// POST /api/cases/<slug>/series/import?provenance=reported&fileName=…  (body: the CSV)
// Answers with newline-delimited JSON: progress events while the file streams in, then the
// result. Closing the request (the page's Cancel button) rolls the import back.
const query = z.object({
  provenance: z.enum(PROVENANCES, { error: "Unknown provenance." }).default("reported"),
  fileName: z.string().transform((name) => name.slice(0, 200)).optional(),
});

export const POST = caseRoute({ query, permission: "series.import", sameOriginOnly: true }, async ({ request, viewer, query: { provenance, fileName }, found }) => {
  // Cross-site requests cannot send text/csv without a CORS preflight, which this route never grants.
  if (!request.headers.get("content-type")?.startsWith("text/csv")) {
    return NextResponse.json({ error: "invalid", message: "Send the file as text/csv." }, { status: 415 });
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > SERIES_IMPORT_MAX_BYTES) return NextResponse.json({ error: "invalid", message: `The file is larger than ${SERIES_IMPORT_MAX_BYTES / 1024 / 1024} MB.` }, { status: 413 });
  if (!request.body) return NextResponse.json({ error: "invalid", message: "The file is empty." }, { status: 400 });

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
          fileName: fileName ?? null,
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
