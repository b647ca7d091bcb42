// Passes a stream through unchanged while keeping a copy of its first bytes, so the file's type
// can be detected from the same single pass that hashes and stores it (never a second read,
// never the whole file in memory).
import { Transform, type TransformCallback } from "node:stream";

interface HeadTap {
  stream: Transform;
  /** The first bytes seen so far (at most `limit`). */
  head(): Uint8Array;
}

export function headTap(limit: number): HeadTap {
  const parts: Buffer[] = [];
  let kept = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      if (kept < limit) {
        const part = chunk.subarray(0, limit - kept);
        parts.push(Buffer.from(part));
        kept += part.length;
      }
      callback(null, chunk);
    },
  });
  return { stream, head: () => Buffer.concat(parts) };
}
