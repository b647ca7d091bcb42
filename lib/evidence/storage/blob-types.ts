// The storage seam for evidence files, without the app's environment: implementations and
// command-line scripts import it from here; app code imports it (and evidenceStore()) from
// ./blob-store.
import type { Readable } from "node:stream";

export interface StagedBlob {
  /** Lowercase hex of the bytes streamed in. */
  sha256: string;
  /** Bytes. */
  size: number;
  /** Makes the bytes readable under `sha256` (a no-op when those bytes are already stored: dedup). Idempotent. */
  commit(): Promise<void>;
  /** Removes the temporary bytes; safe to call after commit (then does nothing). */
  discard(): Promise<void>;
}

export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes?: number) {
    super(maxBytes === undefined ? "The file is larger than the limit." : `The file is larger than the limit of ${maxBytes} bytes.`);
    this.name = "BlobTooLargeError";
  }
}

export interface StageOptions {
  maxBytes: number;
  signal?: AbortSignal;
}

export interface BlobStore {
  /** Streams `source` into a temporary object, hashing as it goes (never holding it whole in memory). Rejects with BlobTooLargeError as soon as more than maxBytes arrive, leaving nothing behind; rejects (leaving nothing) when `signal` aborts or the source errors. */
  stage(source: Readable, options: StageOptions): Promise<StagedBlob>;
  exists(sha256: string): Promise<boolean>;
  /** The stored bytes, or null when missing. */
  open(sha256: string): Promise<Readable | null>;
  remove(sha256: string): Promise<void>;
  /** Every digest stored (for verify and for finding orphans). */
  list(): AsyncIterable<string>;
}

/** Both implementations can also clear what a crash left in their staging area. */
export interface SweepableBlobStore extends BlobStore {
  /**
   * Deletes temporary objects last written more than `olderThanMs` ago (default: an hour), which
   * only a crash or a kill leaves behind: an upload in progress keeps writing. Returns how many.
   */
  sweepStaging(options?: { olderThanMs?: number; now?: Date }): Promise<number>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Digests come from callers (a database row, a URL): anything else must never become a path or key. */
function assertDigest(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new TypeError(`Not a SHA-256 digest in lowercase hex: ${JSON.stringify(sha256.slice(0, 80))}`);
}

export const isDigest = (value: string): boolean => SHA256_HEX.test(value);

/** Where a digest's bytes live, relative to the store's root: `sha256/ab/cd/abcd…`. */
export function contentPath(sha256: string): string {
  assertDigest(sha256);
  return `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

export const DEFAULT_STALE_STAGING_MS = 60 * 60 * 1000;
