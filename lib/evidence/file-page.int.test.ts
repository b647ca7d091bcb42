// What an evidence file's own page relies on: a new version (supersede) and its custody row on the
// old file, one newer version per file even when two uploads race, a stale sensitivity change
// answered with the conflict panel's details, and the page's reads (the file, its versions, links
// and custody log, newest first).
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { ActionError } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { testBlobStore, type TestBlobStore } from "@/tests/support/test-blob-store";
import { getEvidenceFile } from "./get-evidence-file";
import { listCustodyLog } from "./list-custody-log";
import { evidenceActions } from "./mutations";
import { uploadEvidence } from "./upload-evidence";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");

let store: TestBlobStore;
let officer: Viewer;
let regulator: Viewer;
let incidentId: string;

beforeAll(async () => {
  [officer, regulator] = await Promise.all([makeViewer("case_officer"), makeViewer("regulator")]);
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

let counter = 0;
function upload(options: { supersedesId?: string; title?: string } = {}) {
  counter += 1;
  return uploadEvidence({
    store,
    viewer: officer,
    incidentId,
    metadata: {
      title: options.title ?? `Report ${counter}`,
      titleKo: null,
      description: null,
      descriptionKo: null,
      kind: "inspection_report",
      receivedOn: null,
      providedBy: null,
      sensitivity: "high",
      fileName: "report.pdf",
      supersedesId: options.supersedesId ?? null,
    },
    declaredType: "application/pdf",
    // Different bytes each time, so each version is its own blob.
    source: Readable.from([PDF, Buffer.from(`% ${counter}\n`)]),
    maxBytes: 10 * 1024 * 1024,
  });
}

const actionsOn = async (fileId: string) => (await prisma.auditEvent.findMany({ where: { entityType: "evidence_file", entityId: fileId }, orderBy: { id: "asc" } })).map((e) => ({ action: e.action, after: e.after }));

describe("a new version of a file", () => {
  it("records the supersession on the old file, which stays readable", async () => {
    const old = await upload();
    const next = await upload({ supersedesId: old.id });
    const oldRows = await actionsOn(old.id);
    expect(oldRows.map((r) => r.action)).toEqual(["evidence.uploaded", "evidence.superseded"]);
    expect(oldRows[1]!.after).toMatchObject({ supersededById: next.id });
    expect(await prisma.evidenceFile.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ deletedAt: null });
    expect(await store.exists(old.sha256)).toBe(true);
  });

  it("lets only one of two racing uploads replace the same file, and says so clearly", async () => {
    const old = await upload();
    const results = await Promise.allSettled([upload({ supersedesId: old.id }), upload({ supersedesId: old.id })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(ActionError);
    expect((refused?.reason as ActionError).fieldErrors?.file).toEqual(["evidence.errors.alreadySuperseded"]);
    expect(await prisma.evidenceFile.count({ where: { supersedesId: old.id } })).toBe(1);
    expect((await actionsOn(old.id)).filter((r) => r.action === "evidence.superseded")).toHaveLength(1);
  });

  it("refuses to replace a file that already has a newer version, with the same message", async () => {
    const old = await upload();
    await upload({ supersedesId: old.id });
    const error = await upload({ supersedesId: old.id }).then(() => null, (e: unknown) => e);
    expect((error as ActionError).fieldErrors?.file).toEqual(["evidence.errors.alreadySuperseded"]);
  });
});

describe("changing a file's sensitivity", () => {
  it("answers a stale version with who saved and what is stored now, and writes nothing", async () => {
    const file = await upload();
    expect(await executeAction(officer, evidenceActions.changeSensitivity, { fileId: file.id, version: 1, sensitivity: "special" })).toMatchObject({ ok: true });
    const stale = await executeAction(regulator, evidenceActions.changeSensitivity, { fileId: file.id, version: 1, sensitivity: "low" });
    expect(stale).toMatchObject({ ok: false, error: "conflict", conflict: { current: { sensitivity: "special" } } });
    expect(stale.ok ? null : stale.conflict?.changedBy).toBeTruthy();
    expect(await prisma.evidenceFile.findUniqueOrThrow({ where: { id: file.id } })).toMatchObject({ sensitivity: "special", version: 2 });
  });
});

describe("the file page's reads", () => {
  it("gives the file with its versions, live links and verifications; a deleted file only when asked", async () => {
    const old = await upload({ title: "First" });
    const next = await upload({ supersedesId: old.id, title: "Second" });
    const finding = await prisma.finding.create({ data: { incidentId, title: "Consent was not obtained", body: "…", severity: "high" } });
    expect(await executeAction(officer, evidenceActions.link, { fileId: old.id, target: "finding", targetId: finding.id, locator: "p. 12" })).toMatchObject({ ok: true });

    const page = await getEvidenceFile({ incidentId, fileId: old.id, includeDeleted: false });
    expect(page).toMatchObject({ id: old.id, supersededBy: { id: next.id, title: "Second" }, supersedes: null });
    expect(page?.links).toEqual([expect.objectContaining({ target: "finding", targetId: finding.id, title: "Consent was not obtained", locator: "p. 12" })]);
    expect((await getEvidenceFile({ incidentId, fileId: next.id, includeDeleted: false }))?.supersedes).toMatchObject({ id: old.id, title: "First" });

    const other = await makeCase();
    expect(await getEvidenceFile({ incidentId: other.id, fileId: old.id, includeDeleted: true })).toBeNull();

    expect(await executeAction(regulator, evidenceActions.delete, { fileId: next.id })).toMatchObject({ ok: true });
    expect(await getEvidenceFile({ incidentId, fileId: next.id, includeDeleted: false })).toBeNull();
    expect(await getEvidenceFile({ incidentId, fileId: next.id, includeDeleted: true })).toMatchObject({ id: next.id, deletedAt: expect.any(Date) });
  });

  it("lists the file's custody rows only, newest first", async () => {
    const file = await upload();
    const another = await upload();
    expect(await executeAction(officer, evidenceActions.changeSensitivity, { fileId: file.id, version: 1, sensitivity: "low" })).toMatchObject({ ok: true });
    const log = await listCustodyLog(file.id);
    expect(log.map((e) => e.action)).toEqual(["evidence.sensitivity_changed", "evidence.uploaded"]);
    expect(log.every((e) => e.entityId === file.id)).toBe(true);
    expect((await listCustodyLog(another.id)).map((e) => e.action)).toEqual(["evidence.uploaded"]);
  });
});
