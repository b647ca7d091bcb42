// The first stage of an import: the raw bytes on their way into the CSV parser. It refuses a file
// that is empty, UTF-16 or binary (from its first bytes) or larger than the limit (as soon as it
// is), and counts and hashes everything it lets through: the SHA-256 is kept as evidence of
// exactly which file was imported. No I/O; the importer pipes the upload through it.
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
import { FileRefused } from "./import-errors";
import { sniff } from "./validate-row";

export interface ByteGuard {
  stream: Transform;
  /** Bytes let through so far. */
  bytes(): number;
  /** The SHA-256 of the whole file, in hex; call once, after the stream has ended. */
  sha256(): string;
}

export function createByteGuard(options: { maxBytes: number }): ByteGuard {
  const hash = createHash("sha256");
  let bytes = 0;
  let sniffed = false;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!sniffed) {
        sniffed = true;
        const problem = sniff(chunk);
        if (problem) return callback(new FileRefused(problem));
      }
      bytes += chunk.length;
      if (bytes > options.maxBytes) return callback(new FileRefused(`The file is larger than ${Math.round(options.maxBytes / 1024 / 1024)} MB. Split it and import the parts.`));
      hash.update(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      callback(sniffed ? null : new FileRefused("The file is empty."));
    },
  });
  return { stream, bytes: () => bytes, sha256: () => hash.digest("hex") };
}
