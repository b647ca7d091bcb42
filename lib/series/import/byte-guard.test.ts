import { createHash } from "node:crypto";
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createByteGuard } from "./byte-guard";
import { FileRefused } from "./import-errors";

/** Streams `chunks` through a guard; what came out, or the refusal. */
async function guarded(chunks: Buffer[], maxBytes = 1024) {
  const guard = createByteGuard({ maxBytes });
  const out: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => out.push(chunk));
  try {
    await pipeline(Readable.from(chunks), guard.stream, sink);
  } catch (error) {
    return { refused: error instanceof FileRefused ? error.message : `not a refusal: ${String(error)}` };
  }
  return { passed: Buffer.concat(out), bytes: guard.bytes(), sha256: guard.sha256() };
}

describe("the byte guard", () => {
  it("lets a file through unchanged, counting and hashing it whatever its chunks", async () => {
    await fc.assert(
      // Text bytes: no NUL, no UTF-16 byte-order mark.
      fc.asyncProperty(fc.uint8Array({ min: 1, max: 0x7f, minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 50 }), async (bytes, size) => {
        const file = Buffer.from(bytes);
        const chunks = Array.from({ length: Math.ceil(file.length / size) }, (_, i) => file.subarray(i * size, (i + 1) * size));
        expect(await guarded(chunks)).toEqual({ passed: file, bytes: file.length, sha256: createHash("sha256").update(file).digest("hex") });
      }),
    );
  });

  it.each([
    ["an empty file", [], "The file is empty."],
    ["UTF-16 (little-endian)", [Buffer.from([0xff, 0xfe, 0x64, 0x00])], "The file is UTF-16. Save it as UTF-8 CSV and import it again."],
    ["UTF-16 (big-endian)", [Buffer.from([0xfe, 0xff, 0x00, 0x64])], "The file is UTF-16. Save it as UTF-8 CSV and import it again."],
    ["binary", [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00])], "This does not look like a CSV file (it contains binary data)."],
  ])("refuses %s from its first bytes", async (_name, chunks, message) => {
    expect(await guarded(chunks)).toEqual({ refused: message });
  });

  it("sniffs only the first chunk: a NUL later on reaches the parser, which refuses the line", async () => {
    expect(await guarded([Buffer.from("day,records\n"), Buffer.from([0])])).toMatchObject({ bytes: 13 });
  });

  it("refuses a file as soon as it passes the limit", async () => {
    const seen: number[] = [];
    const chunks = (function* () {
      for (let i = 0; i < 10; i++) {
        seen.push(i);
        yield Buffer.from("2024-01-01,1\n".repeat(10));
      }
    })();
    const guard = createByteGuard({ maxBytes: 300 });
    await expect(pipeline(Readable.from(chunks), guard.stream, new PassThrough().resume())).rejects.toThrow("The file is larger than 0 MB. Split it and import the parts.");
    expect(seen.length).toBeLessThan(10);
  });
});
