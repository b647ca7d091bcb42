// A zip bomb handed over as a data sample: a small archive that would expand a thousandfold. The
// server stores it as it came and never opens it (type detection reads only its first bytes).
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { testBlobStore, type TestBlobStore } from "@/tests/support/test-blob-store";
import { uploadEvidence } from "./upload-evidence";

const MB = 1024 * 1024;
let store: TestBlobStore;
let officer: Viewer;
let incidentId: string;

beforeAll(async () => {
  store = await testBlobStore();
  officer = await makeViewer("case_officer");
  incidentId = (await makeCase({ assignTo: [officer.id] })).id;
});
afterAll(async () => {
  await store.dispose();
  await prisma.$disconnect();
});

describe("a zip bomb in an archive", () => {
  it("is stored byte for byte as a zip, never expanded", async () => {
    const bomb = Buffer.from(zipSync({ "records.csv": new Uint8Array(64 * MB) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(MB / 4);
    const uploaded = await uploadEvidence({
      store,
      viewer: officer,
      incidentId,
      metadata: { title: "Sample the company sent", titleKo: null, description: null, descriptionKo: null, kind: "data_sample", receivedOn: null, providedBy: null, sensitivity: "high", fileName: "sample.zip", supersedesId: null },
      declaredType: "application/zip",
      source: Readable.from([bomb]),
      // Far below what the archive expands to: anything that opened it would be refused.
      maxBytes: MB,
    });
    expect(uploaded).toMatchObject({ mediaType: "application/zip", size: bomb.length });
    const stored = await store.open(uploaded.sha256);
    expect(stored).not.toBeNull();
    expect((await buffer(stored!)).equals(bomb)).toBe(true);
    expect(await store.blobs()).toEqual([uploaded.sha256]);
  });
});
