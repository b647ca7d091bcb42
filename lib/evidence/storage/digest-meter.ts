import { createHash } from "node:crypto";
import { Transform, type TransformCallback } from "node:stream";
import { BlobTooLargeError } from "./blob-types";

/**
 * Passes bytes through while hashing and counting them, and fails the stream (so a pipeline
 * stops reading its source) as soon as more than `maxBytes` have arrived: a file over the limit
 * is refused while it streams, never after.
 */
export class DigestMeter extends Transform {
  private readonly hash = createHash("sha256");
  private bytes = 0;

  constructor(private readonly maxBytes: number) {
    super();
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 0) throw new RangeError(`maxBytes must be a whole number of bytes, not ${maxBytes}.`);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback(new BlobTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** Not `size` or `length`: lib-storage reads those on a body to guess its length up front. */
  get passedBytes(): number {
    return this.bytes;
  }

  /** Call once, after the stream has finished. */
  digest(): string {
    return this.hash.digest("hex");
  }
}
