// The evidence blob store, as agreed with the storage branch (lib/evidence/storage/blob-store.ts,
// not merged yet): this file copies the seam's types so the evidence code is written against
// them, and evidenceStore() answers once that branch lands. When it does, this file becomes
//   export { evidenceStore, BlobTooLargeError, type BlobStore, type StagedBlob } from "./storage/blob-store";
// Everything else in lib/evidence takes the store as an argument (tests pass a local one).
import type { Readable } from "node:stream";

export interface StagedBlob {
  /** Lowercase hex SHA-256 of the bytes streamed in. */
  sha256: string;
  size: number;
  /** Makes the bytes readable under `sha256` (a no-op when they are already stored: dedup). Idempotent. */
  commit(): Promise<void>;
  /** Removes the temporary bytes; safe after commit (then does nothing). */
  discard(): Promise<void>;
}

export class BlobTooLargeError extends Error {
  override name = "BlobTooLargeError";
}

export interface BlobStore {
  /** Streams `source` into a temporary object, hashing as it goes; rejects (leaving nothing) past maxBytes, on abort, or when the source errors. */
  stage(source: Readable, options: { maxBytes: number; signal?: AbortSignal }): Promise<StagedBlob>;
  exists(sha256: string): Promise<boolean>;
  open(sha256: string): Promise<Readable | null>;
  remove(sha256: string): Promise<void>;
  list(): AsyncIterable<string>;
}

/** Recognises the store's size refusal by name too, so the storage branch's own class is understood before this file re-exports it. */
export const isBlobTooLarge = (error: unknown): boolean => error instanceof Error && (error instanceof BlobTooLargeError || error.name === "BlobTooLargeError");

export function evidenceStore(): BlobStore {
  throw new Error("The evidence blob store arrives with the storage branch (lib/evidence/storage/blob-store.ts).");
}
