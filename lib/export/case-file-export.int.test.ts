// The case-file zip with its evidence: GET /api/cases/<slug>/export streams the tables, the
// manifest and each non-deleted file's bytes at evidence/<sha256>/<name>; the manifest's hashes
// are those of the bytes in the zip; a deleted file stays out; an exporter who may not download
// gets the records and a manifest that says so, but no bytes; every file that leaves is one
// `evidence.exported` custody row. The import still takes the JSON, leaving the evidence out.
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { strFromU8, unzipSync } from "fflate";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/cases/[slug]/export/route";
import { executeAction } from "@/lib/actions/execute-action";
import type { Viewer } from "@/lib/auth/permissions";
import { importCaseFile } from "@/lib/case-import/import-case-file";
import { prisma } from "@/lib/db/prisma";
import { evidenceActions } from "@/lib/evidence/mutations";
import { installFakeNextHeaders, SESSION_COOKIE, sessionCookie, setIncoming } from "@/tests/fuzz/support/fake-request";
import { addEvidence } from "@/tests/support/evidence-upload";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { testBlobStore, type TestBlobStore } from "@/tests/support/test-blob-store";
import { caseFileJson, caseFileZip, loadCaseFile } from "./case-file";
import { loadEvidenceBundle } from "./evidence-bundle";

vi.mock("next/headers", async () => (await import("@/tests/fuzz/support/fake-request")).nextHeadersMock);
const stores = vi.hoisted(() => ({ current: null as TestBlobStore | null }));
vi.mock("@/lib/evidence/evidence-store", async (original) => ({ ...(await original<object>()), evidenceStore: () => stores.current }));

let officer: Viewer;
let regulator: Viewer;
let slug: string;
let incidentId: string;
const ids: Record<"report" | "letter" | "deleted", string> = { report: "", letter: "", deleted: "" };
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(async () => {
  installFakeNextHeaders();
  stores.current = await testBlobStore();
  [officer, regulator] = await Promise.all([makeViewer("case_officer"), makeViewer("regulator")]);
  const made = await makeCase({ assignTo: [officer.id] });
  ({ slug, id: incidentId } = made);
  const add = (title: string, fileName: string, text: string) => addEvidence({ store: stores.current!, viewer: officer, incidentId, bytes: Buffer.from(text), fileName, title });
  ids.report = (await add("Inspection report", "보고서 (final).txt", "The inspection found 40 million customers' data shared.\n")).id;
  ids.letter = (await add("Company letter", "../../letter.txt", "Kakao Pay answers the regulator.\n")).id;
  ids.deleted = (await add("Withdrawn note", "withdrawn.txt", "Uploaded by mistake.\n")).id;
  expect(await executeAction(regulator, evidenceActions.delete, { fileId: ids.deleted })).toMatchObject({ ok: true });
});
afterAll(async () => {
  await stores.current?.dispose();
  await prisma.$disconnect();
});

async function exportZip(viewer: Viewer) {
  setIncoming({ cookies: { [SESSION_COOKIE]: await sessionCookie({ userId: viewer.id, sessionId: viewer.sessionId, email: viewer.email }) } });
  const response = await GET(new NextRequest(`http://localhost/api/cases/${slug}/export?format=zip`, { headers: { host: "localhost" } }), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  return unzipSync(new Uint8Array(await response.arrayBuffer()));
}

interface Manifest {
  bytesIncluded: number;
  files: { id: string; sha256: string; path: string | null; omitted: string | null; name: string; size: number }[];
}

describe("the case-file zip's evidence", () => {
  it("holds each non-deleted file's bytes at the manifest's path, hashing to the manifest's digest", async () => {
    const zip = await exportZip(officer);
    const manifest = JSON.parse(strFromU8(zip["evidence/manifest.json"]!)) as Manifest;
    expect(manifest.files.map((f) => f.id).sort()).toEqual([ids.report, ids.letter].sort());
    for (const entry of manifest.files) {
      expect(entry.path).toBe(`evidence/${entry.sha256}/${entry.name}`);
      const bytes = zip[entry.path!]!;
      expect(sha(bytes)).toBe(entry.sha256);
      expect(bytes.length).toBe(entry.size);
    }
    expect(manifest.files.find((f) => f.id === ids.letter)?.name).toBe("letter.txt");
    expect(Object.keys(zip).filter((name) => name.startsWith("evidence/") && !name.startsWith("evidence/manifest"))).toHaveLength(2);
    expect(strFromU8(zip["evidence/manifest.csv"]!)).toContain(ids.report);
  });

  it("keeps the deleted file's record (with its deletion date) but not its bytes, and exports the links table", async () => {
    const zip = await exportZip(officer);
    const records = strFromU8(zip["evidence_files.csv"]!);
    expect(records).toContain(ids.deleted);
    const deletedSha = (await prisma.evidenceFile.findUniqueOrThrow({ where: { id: ids.deleted } })).sha256;
    expect(Object.keys(zip).some((name) => name.includes(deletedSha))).toBe(false);
    expect(zip["evidence_links.csv"]).toBeDefined();
    const json = JSON.parse(strFromU8(zip["case.json"]!)) as { evidence_files: { id: string; deletedAt: string | null }[] };
    expect(json.evidence_files.find((f) => f.id === ids.deleted)?.deletedAt).toBeTruthy();
  });

  it("writes one evidence.exported custody row per file that left, and none for the deleted one", async () => {
    const before = await prisma.auditEvent.count({ where: { action: "evidence.exported", incidentId } });
    await exportZip(regulator);
    const rows = await prisma.auditEvent.findMany({ where: { action: "evidence.exported", incidentId }, orderBy: { occurredAt: "asc" }, skip: before });
    expect(rows.map((r) => r.entityId).sort()).toEqual([ids.report, ids.letter].sort());
    expect(rows.every((r) => r.entityType === "evidence_file" && r.actorId === regulator.id)).toBe(true);
  });

  it("gives an exporter without evidence.download the records and a manifest saying why, but no bytes", async () => {
    const file = await loadCaseFile(officer, incidentId, { assignedUserIds: [officer.id] });
    const bundle = await loadEvidenceBundle({ incidentId, withBytes: false, store: stores.current! });
    const zip = unzipSync(new Uint8Array(await new Response(caseFileZip(file, { bundle, store: stores.current! })).arrayBuffer()));
    const manifest = JSON.parse(strFromU8(zip["evidence/manifest.json"]!)) as Manifest;
    expect(manifest.bytesIncluded).toBe(0);
    expect(manifest.files.every((f) => f.path === null && f.omitted === "noPermission")).toBe(true);
    expect(Object.keys(zip).filter((name) => name.startsWith("evidence/") && !name.startsWith("evidence/manifest"))).toEqual([]);
    expect(zip["evidence_files.csv"]).toBeDefined();
  });

  it("says so in the manifest when a file's bytes are missing from the store", async () => {
    const report = await prisma.evidenceFile.findUniqueOrThrow({ where: { id: ids.report } });
    const store = { ...stores.current!, exists: async (digest: string) => digest !== report.sha256 } as TestBlobStore;
    const bundle = await loadEvidenceBundle({ incidentId, withBytes: true, store });
    expect(bundle.entries.find((e) => e.id === ids.report)).toMatchObject({ path: null, omitted: "missing" });
    expect(bundle.blobs).toHaveLength(1);
  });

  it("leaves out, and names, the files that would take the zip past its size limit (no ZIP64)", async () => {
    const bundle = await loadEvidenceBundle({ incidentId, withBytes: true, store: stores.current!, maxBytes: 60 });
    expect(bundle.entries.map((e) => e.omitted)).toEqual([null, "archiveLimit"]);
    expect(bundle.blobs).toHaveLength(1);
  });

  it("streams: reading the first chunks of the zip does not read the whole file from the store", async () => {
    const big = Buffer.alloc(8 * 1024 * 1024, "evidence ");
    const uploaded = await addEvidence({ store: stores.current!, viewer: officer, incidentId, bytes: big, fileName: "big.txt", title: "Big log" });
    let read = 0;
    const store = Object.create(stores.current!) as TestBlobStore;
    store.open = async (digest) => {
      const bytes = await stores.current!.open(digest);
      return bytes && Readable.from((async function* () { for await (const chunk of bytes) { read += (chunk as Buffer).length; yield chunk as Buffer; } })());
    };
    const bundle = await loadEvidenceBundle({ incidentId, withBytes: true, store });
    const onlyBig = { entries: bundle.entries, blobs: bundle.blobs.filter((b) => b.sha256 === uploaded.sha256) };
    const reader = caseFileZip([], { bundle: onlyBig, store }).getReader();
    let received = 0;
    while (received < 1024 * 1024) received += ((await reader.read()).value?.length ?? 0);
    await reader.cancel();
    expect(read).toBeLessThan(big.length / 2);
    await executeAction(regulator, evidenceActions.delete, { fileId: uploaded.id });
  });
});

describe("importing an export that has evidence tables", () => {
  it("opens the case from the JSON and leaves the evidence out, counting what it left", async () => {
    const json = caseFileJson(await loadCaseFile(officer, incidentId, { assignedUserIds: [officer.id] }));
    expect(JSON.parse(json)).toHaveProperty("evidence_files");
    const outcome = await importCaseFile(regulator, { bytes: Buffer.from(json), fileName: "case.json", slug: null });
    expect(outcome).toMatchObject({ ok: true, evidenceLeftOut: { evidence_files: 4, evidence_links: 0 } });
    if (!outcome.ok) return;
    expect(await prisma.evidenceFile.count({ where: { incidentId: outcome.incidentId } })).toBe(0);
  });
});
