// The evidence storage seam (agreed between the storage and the evidence-records work): the
// interface lives in ./blob-types so that implementations and scripts need no server-only
// import; app code imports everything from here.
import "server-only";
import { env } from "@/lib/env";
import type { BlobStore, SweepableBlobStore } from "./blob-types";
import { createBlobStore, maxFileBytes } from "./create-blob-store";

export { BlobTooLargeError } from "./blob-types";
export type { BlobStore, StagedBlob } from "./blob-types";

const SWEEP_EVERY_MS = 60 * 60 * 1000;

let store: SweepableBlobStore | undefined;

/** The store the environment selects: EVIDENCE_S3_* set → S3, else a directory under the data directory. */
export function evidenceStore(): BlobStore {
  if (!store) {
    const created = createBlobStore(env());
    store = created;
    // Temporary files a crash or kill left behind go on start, then hourly (only ones untouched
    // for an hour, so uploads in progress, here or in another instance, are never touched).
    const sweep = () => {
      created.sweepStaging().catch((error: unknown) => console.warn("Could not clear stale evidence uploads:", error));
    };
    sweep();
    setInterval(sweep, SWEEP_EVERY_MS).unref();
  }
  return store;
}

/** The largest file one upload may bring (EVIDENCE_MAX_FILE_MB). */
export const evidenceMaxBytes = (): number => maxFileBytes(env());
