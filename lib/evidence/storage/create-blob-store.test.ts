import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEvidenceEnv } from "@/lib/env-schema";
import { createBlobStore, maxFileBytes } from "./create-blob-store";
import { LocalBlobStore } from "./local-store";
import { S3BlobStore } from "./s3-store";

describe("createBlobStore", () => {
  it("keeps evidence in <data directory>/evidence when S3 is not configured", () => {
    const store = createBlobStore(parseEvidenceEnv({}), "/srv/casefile");
    expect(store).toBeInstanceOf(LocalBlobStore);
    expect((store as LocalBlobStore).root).toBe(path.resolve("/srv/casefile/.data/evidence"));
    expect((createBlobStore(parseEvidenceEnv({ CASEFILE_DATA_DIR: "/var/lib/casefile" }), "/srv/casefile") as LocalBlobStore).root).toBe(path.resolve("/var/lib/casefile/evidence"));
  });

  it("uses the bucket when EVIDENCE_S3_BUCKET is set", () => {
    const settings = parseEvidenceEnv({ EVIDENCE_S3_BUCKET: "b", EVIDENCE_S3_ENDPOINT: "http://127.0.0.1:9000", EVIDENCE_S3_ACCESS_KEY_ID: "k", EVIDENCE_S3_SECRET_ACCESS_KEY: "s" });
    expect(createBlobStore(settings)).toBeInstanceOf(S3BlobStore);
  });

  it("reads the size limit in MiB", () => {
    expect(maxFileBytes(parseEvidenceEnv({}))).toBe(200 * 1024 * 1024);
    expect(maxFileBytes(parseEvidenceEnv({ EVIDENCE_MAX_FILE_MB: "1" }))).toBe(1_048_576);
  });
});
