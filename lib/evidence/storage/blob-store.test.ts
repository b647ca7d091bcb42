import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { BlobStore, StagedBlob } from "./blob-store";

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "casefile-data-"));
  vi.stubEnv("DATABASE_URL", "postgresql://u:p@localhost:5432/casefile");
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(32));
  vi.stubEnv("CASEFILE_DATA_DIR", dataDir);
  vi.stubEnv("EVIDENCE_MAX_FILE_MB", "1");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
});

describe("evidenceStore", () => {
  // The first import loads the AWS SDK too, which takes seconds on a busy machine.
  it("is one store per process, in the data directory the environment names, with its size limit", { timeout: 60_000 }, async () => {
    // Imported after the environment is set (types above are erased): the environment is read once per process.
    const { BlobTooLargeError, evidenceMaxBytes, evidenceStore } = await import("./blob-store");
    const { LocalBlobStore } = await import("./local-store");
    const store: BlobStore = evidenceStore();
    expect(store).toBe(evidenceStore());
    expect(store).toBeInstanceOf(LocalBlobStore);
    expect((store as InstanceType<typeof LocalBlobStore>).root).toBe(path.join(dataDir, "evidence"));
    expect(evidenceMaxBytes()).toBe(1024 * 1024);

    const staged: StagedBlob = await store.stage(Readable.from([Buffer.from("a contract")]), { maxBytes: evidenceMaxBytes() });
    await staged.commit();
    expect(await store.exists(staged.sha256)).toBe(true);
    const tooLarge = Readable.from([Buffer.alloc(evidenceMaxBytes() + 1)]);
    await expect(store.stage(tooLarge, { maxBytes: evidenceMaxBytes() })).rejects.toBeInstanceOf(BlobTooLargeError);
  });
});
