import "server-only";
import type { Readable } from "node:stream";
import { z } from "zod";
import { PROVENANCES } from "@/lib/enums";
import type { AuditActor } from "@/lib/audit/record-audit";
import { databaseFailure } from "@/lib/db/database-failure";
import { env } from "@/lib/env";
import type { Provenance } from "@/lib/generated/prisma/enums";
import { importEventLine, type ImportEvent } from "./import-events";
import { runSeriesImport } from "./run-import";

/** The import's query string: the provenance of lines that name none, and the file's name for the record. */
export const seriesImportQuery = z.object({
  provenance: z.enum(PROVENANCES, { error: "Unknown provenance." }).default("reported"),
  fileName: z.string().transform((name) => name.slice(0, 200)).optional(),
});

/**
 * The streamed import as an answer, for the workspace's upload and for /api/v1: newline-delimited
 * JSON progress events while the file streams in, then the result. Closing the request
 * (`signal`) rolls the import back.
 */
export function seriesImportResponse(options: { source: Readable; incidentId: string; actor: AuditActor; provenance: Provenance; fileName: string | null; signal: AbortSignal }): Response {
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
          source: options.source,
          incident: { id: options.incidentId },
          defaultProvenance: options.provenance,
          actor: options.actor,
          fileName: options.fileName,
          signal: options.signal,
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
}
