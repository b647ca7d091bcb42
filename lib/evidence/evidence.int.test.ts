// Evidence files end to end below the HTTP layer: upload (streamed, hashed, typed, stored, then
// recorded with its custody row in one transaction), verify, tampering, dedup, the custody log of
// a file's whole life, permissions, and refusals that leave nothing behind.
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { ActionError } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { testBlobStore, type TestBlobStore } from "@/tests/support/test-blob-store";
import { evidenceActions, recordEvidenceAccess } from "./mutations";
import { uploadEvidence } from "./upload-evidence";
import { verifyAllEvidence } from "./verify-all";
import { verifyEvidence } from "./verify-evidence";

const MB = 1024 * 1024;
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
const CSV = Buffer.from("day,records\n2018-06-01,1200\n");

let store: TestBlobStore;
let officer: Viewer;
let outsider: Viewer;
let regulator: Viewer;
let admin: Viewer;
let incidentId: string;

beforeAll(async () => {
  [officer, outsider, regulator, admin] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("regulator"), makeViewer("admin")]);
  incidentId = (await makeCase({ assignTo: [officer.id] })).id;
});
beforeEach(async () => {
  await store?.dispose();
  store = await testBlobStore();
});
afterAll(async () => {
  await store?.dispose();
  await prisma.$disconnect();
});

/** A source that yields `bytes` in small chunks, as a network upload would. */
function chunked(bytes: Buffer, chunk = 7): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
  return Readable.from(parts);
}

function upload(options: { viewer?: Viewer; bytes?: Buffer | Readable; fileName?: string; declaredType?: string | null; maxBytes?: number; signal?: AbortSignal; title?: string; supersedesId?: string }) {
  const bytes = options.bytes ?? PDF;
  return uploadEvidence({
    store,
    viewer: options.viewer ?? officer,
    incidentId,
    metadata: {
      title: options.title ?? "FSS inspection report",
      titleKo: "금감원 검사 결과",
      description: null,
      descriptionKo: null,
      kind: "inspection_report",
      receivedOn: new Date("2024-08-13T00:00:00Z"),
      providedBy: "Financial Supervisory Service",
      sensitivity: "high",
      fileName: options.fileName ?? "inspection report.pdf",
      supersedesId: options.supersedesId ?? null,
    },
    declaredType: options.declaredType === undefined ? "application/pdf" : options.declaredType,
    source: Buffer.isBuffer(bytes) ? chunked(bytes) : bytes,
    maxBytes: options.maxBytes ?? 200 * MB,
    signal: options.signal,
  });
}

const custody = async (fileId: string) => (await prisma.auditEvent.findMany({ where: { entityType: "evidence_file", entityId: fileId }, orderBy: { occurredAt: "asc" }, select: { action: true, actorId: true } })).map((e) => e.action);
const recordsNow = () => prisma.evidenceFile.count({ where: { incidentId } });

async function expectRefused(promise: Promise<unknown>, key: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ActionError);
  expect((error as ActionError).fieldErrors?.file).toEqual([`evidence.errors.${key}`]);
}

describe("uploading and verifying", () => {
  it("stores the bytes under their SHA-256 and records the file with its custody row", async () => {
    const uploaded = await upload({});
    expect(uploaded).toMatchObject({ size: PDF.length, mediaType: "application/pdf", originalName: "inspection report.pdf" });
    expect(uploaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.blobs()).toEqual([uploaded.sha256]);
    expect(await store.temporaries()).toEqual([]);
    const record = await prisma.evidenceFile.findUniqueOrThrow({ where: { id: uploaded.id } });
    expect(record).toMatchObject({ incidentId, sha256: uploaded.sha256, size: BigInt(PDF.length), uploadedById: officer.id, kind: "inspection_report", sensitivity: "high" });
    expect(await custody(uploaded.id)).toEqual(["evidence.uploaded"]);

    expect(await verifyEvidence({ store, viewer: officer, fileId: uploaded.id })).toEqual({ result: "ok", observed: uploaded.sha256 });
    expect(await prisma.evidenceVerification.findMany({ where: { fileId: uploaded.id }, select: { result: true, byId: true } })).toEqual([{ result: "ok", byId: officer.id }]);
    expect(await custody(uploaded.id)).toEqual(["evidence.uploaded", "evidence.verified"]);
  });

  it("detects a changed stored byte and missing bytes, and the command reports them (non-zero)", async () => {
    const changed = await upload({ bytes: Buffer.concat([PDF, Buffer.from("% changed\n")]) });
    const missing = await upload({ bytes: Buffer.concat([PDF, Buffer.from("% missing\n")]) });
    await store.tamper(changed.sha256);
    await store.remove(missing.sha256);
    expect(await verifyEvidence({ store, viewer: regulator, fileId: changed.id })).toMatchObject({ result: "changed" });

    const outcome = await verifyAllEvidence({ db: prisma, store, actor: { id: null, label: "test" } });
    const ours = outcome.problems.filter((p) => p.incidentId === incidentId).map((p) => [p.fileId, p.result]);
    expect(ours).toEqual(expect.arrayContaining([[changed.id, "changed"], [missing.id, "missing"]]));
    expect(await prisma.evidenceVerification.findFirst({ where: { fileId: missing.id, byId: null }, select: { result: true, observed: true } })).toEqual({ result: "missing", observed: null });
    expect(outcome.orphans).toEqual([]);
  });

  it("stores the same bytes once and records both uploads", async () => {
    const first = await upload({ title: "Reply, as received" });
    const second = await upload({ title: "Reply, forwarded again", fileName: "copy.pdf" });
    expect(second.sha256).toBe(first.sha256);
    expect(second.id).not.toBe(first.id);
    expect(await store.blobs()).toEqual([first.sha256]);
    expect(await store.temporaries()).toEqual([]);
  });
});

describe("a file sent without a name or title", () => {
  it("is named after its detected type and titled by that name", async () => {
    const uploaded = await uploadEvidence({
      store,
      viewer: officer,
      incidentId,
      metadata: { title: null, titleKo: null, description: null, descriptionKo: null, kind: "other", receivedOn: null, providedBy: null, sensitivity: "moderate" },
      declaredType: null,
      source: chunked(PDF),
      maxBytes: MB,
    });
    expect(uploaded.originalName).toBe("file.pdf");
    expect(await prisma.evidenceFile.findUniqueOrThrow({ where: { id: uploaded.id } })).toMatchObject({ title: "file.pdf", mediaType: "application/pdf" });
  });
});

describe("refusals leave nothing behind", () => {
  it.each([
    ["an empty file", { bytes: Buffer.alloc(0) }, "empty"],
    ["a file over the limit, refused while it streams", { bytes: Buffer.alloc(64 * 1024, 1), fileName: "big.bin", declaredType: null, maxBytes: 1024 }, "tooLarge"],
    ["a name with nothing but path separators and control characters", { fileName: "../\u0000/" }, "badName"],
    ["content that does not match the extension", { bytes: CSV, fileName: "report.pdf", declaredType: null }, "typeMismatch"],
    ["content that does not match the declared type", { bytes: CSV, fileName: "report", declaredType: "application/pdf" }, "typeMismatch"],
  ] as const)("%s", async (_name, options, key) => {
    const before = await recordsNow();
    await expectRefused(upload(options), key);
    expect(await recordsNow()).toBe(before);
    expect(await store.blobs()).toEqual([]);
    expect(await store.temporaries()).toEqual([]);
  });

  it("a client going away mid-upload: nothing stored, nothing recorded", async () => {
    const before = await recordsNow();
    const abort = new AbortController();
    const source = new Readable({ read() {} });
    source.push(PDF);
    const pending = upload({ bytes: source, signal: abort.signal });
    setImmediate(() => abort.abort());
    await expect(pending).rejects.toBeInstanceOf(ActionError);
    expect(await recordsNow()).toBe(before);
    expect(await store.blobs()).toEqual([]);
    expect(await store.temporaries()).toEqual([]);
  });

  it("a failing database write discards the staged bytes", async () => {
    const before = await recordsNow();
    // A version of a file that is not in this case is refused inside the transaction.
    await expect(upload({ supersedesId: "nosuchfile" })).rejects.toBeInstanceOf(ActionError);
    expect(await recordsNow()).toBe(before);
    expect(await store.blobs()).toEqual([]);
    expect(await store.temporaries()).toEqual([]);
  });
});

describe("who may handle evidence", () => {
  it("lets assigned officers and regulators upload, and nobody else (nothing stored)", async () => {
    await expect(upload({ viewer: regulator })).resolves.toMatchObject({ size: PDF.length });
    const stored = await store.blobs();
    // An officer of another case does not learn the case exists; an administrator sees it but changes nothing.
    await expect(upload({ viewer: outsider, bytes: CSV, fileName: "a.csv" })).rejects.toMatchObject({ code: "not_found" });
    await expect(upload({ viewer: admin, bytes: CSV, fileName: "a.csv" })).rejects.toMatchObject({ code: "forbidden" });
    expect(await store.blobs()).toEqual(stored);
    expect(await store.temporaries()).toEqual([]);
  });

  it("lets only those who may download it record a view or download, and verify it", async () => {
    const { id } = await upload({});
    await expect(recordEvidenceAccess(outsider, { fileId: id, how: "downloaded" })).rejects.toMatchObject({ code: "not_found" });
    await expect(recordEvidenceAccess(admin, { fileId: id, how: "downloaded" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(verifyEvidence({ store, viewer: outsider, fileId: id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps deleting and restoring with regulators", async () => {
    const { id } = await upload({});
    expect(await executeAction(officer, evidenceActions.delete, { fileId: id })).toMatchObject({ ok: false });
    expect(await executeAction(regulator, evidenceActions.delete, { fileId: id })).toEqual({ ok: true, data: undefined });
    expect(await executeAction(officer, evidenceActions.restore, { fileId: id })).toMatchObject({ ok: false });
    expect(await executeAction(regulator, evidenceActions.restore, { fileId: id })).toEqual({ ok: true, data: undefined });
  });
});

describe("the chain of custody", () => {
  it("records every handling of a file, in order, each with its change", async () => {
    const { id } = await upload({});
    const finding = await prisma.finding.create({ data: { incidentId, title: "Hashes were reversible", body: "…", severity: "high" } });
    await recordEvidenceAccess(officer, { fileId: id, how: "viewed" });
    await recordEvidenceAccess(officer, { fileId: id, how: "downloaded" });
    const linked = await executeAction(officer, evidenceActions.link, { fileId: id, target: "finding", targetId: finding.id, locator: "p. 12" });
    expect(linked.ok).toBe(true);
    const linkId = linked.ok ? linked.data.linkId : "";
    expect(await prisma.evidenceLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({ fileId: id, findingId: finding.id, locator: "p. 12" });
    expect(await executeAction(officer, evidenceActions.unlink, { linkId })).toMatchObject({ ok: true });
    expect(await executeAction(officer, evidenceActions.changeSensitivity, { fileId: id, version: 1, sensitivity: "special" })).toMatchObject({ ok: true });
    await verifyEvidence({ store, viewer: officer, fileId: id });
    expect(await executeAction(regulator, evidenceActions.delete, { fileId: id })).toMatchObject({ ok: true });
    expect(await executeAction(regulator, evidenceActions.restore, { fileId: id })).toMatchObject({ ok: true });

    expect(await custody(id)).toEqual([
      "evidence.uploaded",
      "evidence.viewed",
      "evidence.downloaded",
      "evidence.linked",
      "evidence.unlinked",
      "evidence.sensitivity_changed",
      "evidence.verified",
      "evidence.deleted",
      "evidence.restored",
    ]);
  });

  it("refuses to delete a file that supports a confirmed finding; a new version supersedes it and the old stays", async () => {
    const { id } = await upload({});
    const finding = await prisma.finding.create({ data: { incidentId, title: "Confirmed", body: "…", severity: "high", status: "confirmed" } });
    expect(await executeAction(officer, evidenceActions.link, { fileId: id, target: "finding", targetId: finding.id, locator: null })).toMatchObject({ ok: true });
    expect(await executeAction(regulator, evidenceActions.delete, { fileId: id })).toMatchObject({ ok: false, error: "invalid", fieldErrors: { file: ["evidence.errors.linkedToConfirmed"] } });
    expect(await prisma.evidenceFile.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: null });

    const next = await upload({ bytes: Buffer.concat([PDF, Buffer.from("% v2\n")]), supersedesId: id });
    expect(await prisma.evidenceFile.findUniqueOrThrow({ where: { id: next.id } })).toMatchObject({ supersedesId: id });
    expect(await store.exists((await prisma.evidenceFile.findUniqueOrThrow({ where: { id } })).sha256)).toBe(true);
    await expect(upload({ supersedesId: id })).rejects.toBeInstanceOf(ActionError);
  });

  it("refuses a link to a record of another case", async () => {
    const { id } = await upload({});
    const other = await makeCase({ assignTo: [officer.id] });
    const foreign = await prisma.finding.create({ data: { incidentId: other.id, title: "Elsewhere", body: "…", severity: "low" } });
    expect(await executeAction(officer, evidenceActions.link, { fileId: id, target: "finding", targetId: foreign.id, locator: null })).toMatchObject({ ok: false, error: "invalid" });
  });
});
