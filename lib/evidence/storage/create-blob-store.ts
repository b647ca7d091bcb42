// Which store the settings select. Not server-only: `npm run` scripts build the same store from
// `parseEvidenceEnv(process.env)`; the app goes through evidenceStore() (./blob-store).
import path from "node:path";
import type { EvidenceEnv } from "@/lib/env-schema";
import type { SweepableBlobStore } from "./blob-types";
import { LocalBlobStore } from "./local-store";
import { S3BlobStore, s3ClientFor } from "./s3-store";

/** EVIDENCE_S3_BUCKET set → that bucket; otherwise `<CASEFILE_DATA_DIR or .data>/evidence`, relative to `cwd`. */
export function createBlobStore(settings: EvidenceEnv, cwd: string = process.cwd()): SweepableBlobStore {
  if (settings.EVIDENCE_S3_BUCKET) return new S3BlobStore({ client: s3ClientFor(settings), bucket: settings.EVIDENCE_S3_BUCKET });
  return new LocalBlobStore(path.resolve(cwd, settings.CASEFILE_DATA_DIR ?? ".data", "evidence"));
}

/** EVIDENCE_MAX_FILE_MB in bytes (MiB: 200 → 209,715,200). */
export const maxFileBytes = (settings: Pick<EvidenceEnv, "EVIDENCE_MAX_FILE_MB">): number => settings.EVIDENCE_MAX_FILE_MB * 1024 * 1024;
