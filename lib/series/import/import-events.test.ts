import { describe, expect, it } from "vitest";
import { importEventLine, readImportEvents, type ImportEvent } from "./import-events";

const events: ImportEvent[] = [
  { type: "progress", rows: 1024, bytes: 65_536, elapsedMs: 210.5 },
  { type: "phase", phase: "checking" },
  { type: "phase", phase: "writing" },
  { type: "result", ok: true, rows: 3, cases: [{ incidentId: "c1", importId: "i1", added: 1, changed: 1, unchanged: 1 }], added: 1, changed: 1, unchanged: 1, sha256: "ab".repeat(32) },
  { type: "result", ok: false, reason: "invalid", errors: [{ line: 3, message: "Records cannot be negative — 음수" }], totalErrors: 1, sha256: null },
  { type: "result", ok: false, reason: "cancelled" },
  { type: "result", ok: false, reason: "unavailable", message: "The database is not answering." },
  { type: "result", ok: false, reason: "unexpected" },
];

/** A response body cut into pieces of `size` bytes, wherever that falls (inside a line, inside a character). */
function body(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.subarray(i, i + size));
      controller.close();
    },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  const read: ImportEvent[] = [];
  for await (const event of readImportEvents(stream)) read.push(event);
  return read;
}

describe("the import's streamed events", () => {
  it.each([1, 2, 7, 64, 10_000])("read back exactly as written, in pieces of %i bytes", async (size) => {
    expect(await readAll(body(events.map(importEventLine).join(""), size))).toEqual(events);
  });

  it("refuses a line that is not an event", async () => {
    await expect(readAll(body('{"type":"progress","rows":"many"}\n', 8))).rejects.toThrow();
    await expect(readAll(body('{"type":"result","ok":true}\n', 8))).rejects.toThrow();
    await expect(readAll(body("not json\n", 8))).rejects.toThrow();
  });

  it("reads a last line without its line break", async () => {
    expect(await readAll(body('{"type":"phase","phase":"writing"}', 5))).toEqual([{ type: "phase", phase: "writing" }]);
  });
});
