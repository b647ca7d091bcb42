// Correcting an evidence file's record (titles, descriptions, kind, received date, who provided
// it): a versioned save through the kit. A stale form gets a conflict naming who saved first,
// bad input writes nothing, only those who may edit evidence on the case may, and each save is
// one `evidence.updated` custody row with the changed fields before and after.
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { testBlobStore, type TestBlobStore } from "@/tests/support/test-blob-store";
import { evidenceActions } from "./mutations";
import { uploadEvidence } from "./upload-evidence";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");

let store: TestBlobStore;
let officer: Viewer;
let outsider: Viewer;
let admin: Viewer;
let colleague: Viewer;
let incidentId: string;

beforeAll(async () => {
  [officer, outsider, admin, colleague] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("admin"), makeViewer("regulator")]);
  incidentId = (await makeCase({ assignTo: [officer.id] })).id;
  store = await testBlobStore();
});
afterAll(async () => {
  await store?.dispose();
  await prisma.$disconnect();
});

async function uploaded(): Promise<string> {
  const metadata = { title: "Reply.pdf", titleKo: null, description: null, descriptionKo: null, kind: "other" as const, receivedOn: null, providedBy: null, sensitivity: "moderate" as const, fileName: "Reply.pdf", supersedesId: null };
  const file = await uploadEvidence({ store, viewer: officer, incidentId, metadata, declaredType: "application/pdf", source: Readable.from([PDF]), maxBytes: 1024 * 1024 });
  return file.id;
}

const edit = (fileId: string, version: number) => ({
  fileId,
  version,
  title: "Kakao Pay's reply to the inspection",
  titleKo: "카카오페이 검사 답변서",
  description: "Sent by the legal team.",
  descriptionKo: "",
  kind: "company_reply",
  receivedOn: "2024-08-20",
  providedBy: "Kakao Pay, legal team",
});

const updates = (fileId: string) => prisma.auditEvent.findMany({ where: { entityType: "evidence_file", entityId: fileId, action: "evidence.updated" }, orderBy: { id: "asc" } });

describe("correcting an evidence file's record", () => {
  it("saves the new values, bumps the version and records the changed fields before and after", async () => {
    const fileId = await uploaded();
    const result = await executeAction(officer, evidenceActions.update, edit(fileId, 1));
    expect(result).toMatchObject({ ok: true });
    const stored = await prisma.evidenceFile.findUniqueOrThrow({ where: { id: fileId } });
    expect(stored).toMatchObject({ title: "Kakao Pay's reply to the inspection", titleKo: "카카오페이 검사 답변서", descriptionKo: null, kind: "company_reply", providedBy: "Kakao Pay, legal team", version: 2 });
    expect(stored.receivedOn?.toISOString().slice(0, 10)).toBe("2024-08-20");
    // The bytes' facts are not the form's to change.
    expect(stored).toMatchObject({ originalName: "Reply.pdf", mediaType: "application/pdf", sensitivity: "moderate" });

    const rows = await updates(fileId);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({ actorId: officer.id, incidentId });
    expect(row.before).toMatchObject({ title: "Reply.pdf", kind: "other", providedBy: null, receivedOn: null });
    expect(row.after).toMatchObject({ title: "Kakao Pay's reply to the inspection", kind: "company_reply", providedBy: "Kakao Pay, legal team" });
    // Only what changed: the unchanged hash and size are not repeated in the trail.
    expect(Object.keys(row.after as object)).not.toContain("sha256");
    expect(Object.keys(row.after as object)).not.toContain("size");
  });

  it("answers a stale save with a conflict naming who saved first, and writes nothing", async () => {
    const fileId = await uploaded();
    expect(await executeAction(colleague, evidenceActions.update, { ...edit(fileId, 1), title: "Saved first" })).toMatchObject({ ok: true });
    const stale = await executeAction(officer, evidenceActions.update, edit(fileId, 1));
    expect(stale).toMatchObject({ ok: false, error: "conflict", conflict: { changedBy: colleague.email, current: { title: "Saved first" } } });
    expect(await prisma.evidenceFile.findUniqueOrThrow({ where: { id: fileId } })).toMatchObject({ title: "Saved first", version: 2 });
    expect(await updates(fileId)).toHaveLength(1);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const fileId = await uploaded();
    const bad = [
      { title: "   " },
      { title: "x".repeat(501) },
      { kind: "rumour" },
      { receivedOn: "2999-01-01" },
      { receivedOn: "13 August" },
      { providedBy: "a\u0000b" },
      { version: 0 },
    ];
    for (const spoiled of bad) {
      const result = await executeAction(officer, evidenceActions.update, { ...edit(fileId, 1), ...spoiled });
      expect(result, JSON.stringify(spoiled)).toMatchObject({ ok: false, error: "invalid" });
      expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toEqual(Object.keys(spoiled));
    }
    expect(await prisma.evidenceFile.findUniqueOrThrow({ where: { id: fileId } })).toMatchObject({ title: "Reply.pdf", version: 1 });
    expect(await updates(fileId)).toHaveLength(0);
  });

  it("lets only those who may edit evidence on the case correct it", async () => {
    const fileId = await uploaded();
    expect(await executeAction(outsider, evidenceActions.update, edit(fileId, 1))).toMatchObject({ ok: false, error: "not_found" });
    expect(await executeAction(admin, evidenceActions.update, edit(fileId, 1))).toMatchObject({ ok: false });
    expect(await executeAction(null, evidenceActions.update, edit(fileId, 1))).toMatchObject({ ok: false, error: "unauthenticated" });
    expect(await prisma.evidenceFile.findUniqueOrThrow({ where: { id: fileId } })).toMatchObject({ version: 1 });
    expect(await updates(fileId)).toHaveLength(0);
  });

  it("does not edit a deleted file", async () => {
    const fileId = await uploaded();
    expect(await executeAction(colleague, evidenceActions.delete, { fileId })).toMatchObject({ ok: true });
    const version = (await prisma.evidenceFile.findUniqueOrThrow({ where: { id: fileId } })).version;
    expect(await executeAction(officer, evidenceActions.update, edit(fileId, version))).toMatchObject({ ok: false, error: "not_found" });
  });
});
