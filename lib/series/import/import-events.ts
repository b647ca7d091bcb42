// What the upload route streams back, one JSON object per line (NDJSON): progress while the file
// comes in, the phase once it has been read, then one result. The route writes these events and
// the upload form reads them, both through this module, so the two cannot drift apart; the form
// checks each line against the schema instead of trusting its shape.
import { z } from "zod";

const importErrorSchema = z.object({ line: z.number(), message: z.string() });
export type ImportError = z.infer<typeof importErrorSchema>;

const count = z.number();
const importOutcomeSchema = z.union([
  z.object({
    ok: z.literal(true),
    rows: count,
    cases: z.array(z.object({ incidentId: z.string(), importId: z.string(), added: count, changed: count, unchanged: count })),
    added: count,
    changed: count,
    unchanged: count,
    sha256: z.string(),
  }),
  z.object({ ok: z.literal(false), reason: z.literal("invalid"), errors: z.array(importErrorSchema), totalErrors: count, sha256: z.string().nullable() }),
  z.object({ ok: z.literal(false), reason: z.literal("cancelled") }),
]);
/** What `runSeriesImport` returns. */
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

/** What the route adds when the import itself could not run to an outcome. */
const importResultSchema = z.union([
  importOutcomeSchema,
  z.object({ ok: z.literal(false), reason: z.literal("unavailable"), message: z.string().optional() }),
  z.object({ ok: z.literal(false), reason: z.literal("unexpected") }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;

const importProgressSchema = z.object({ rows: count, bytes: count, elapsedMs: count });
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** After the file is read: "checking" (the database checks), then "writing" (the merge). */
const importPhaseSchema = z.enum(["checking", "writing"]);
export type ImportPhase = z.infer<typeof importPhaseSchema>;

const importEventSchema = z.union([
  importProgressSchema.extend({ type: z.literal("progress") }),
  z.object({ type: z.literal("phase"), phase: importPhaseSchema }),
  z.intersection(z.object({ type: z.literal("result") }), importResultSchema),
]);
export type ImportEvent = z.infer<typeof importEventSchema>;

/** One event as a line of the response. */
export function importEventLine(event: ImportEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** The events of a response body, as they arrive; a line that is not an event throws. */
export async function* readImportEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ImportEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line) yield importEventSchema.parse(JSON.parse(line));
  }
  buffer += decoder.decode();
  if (buffer) yield importEventSchema.parse(JSON.parse(buffer));
}

const refusalSchema = z.object({ message: z.string().optional() });

/** The message of a refusal the route answers before any event (a JSON 4xx or 503), if it gives one. */
export async function refusalMessage(response: Response): Promise<string | null> {
  const parsed = refusalSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? (parsed.data.message ?? null) : null;
}
