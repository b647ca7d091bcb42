// Text extraction after an upload: the route answers 201 with the file `pending` and schedules the
// extraction after the answer (after(), captured here); then the pages are in evidence_pages.
// A PDF page by page, a UTF-8 text file as page 1 (Korean included), a type without text `none`
// (nothing scheduled), a corrupt PDF `failed` with its reason while the upload stands, the same
// bytes again copied rather than re-read, and the files left pending picked up by the batch run.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/cases/[slug]/evidence/route";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { installFakeNextHeaders, SESSION_COOKIE, sessionCookie, setIncoming } from "@/tests/fuzz/support/fake-request";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { koreanPdfWithoutEmbeddedFont, minimalPdf } from "@/tests/support/minimal-pdf";
import { testBlobStore, type TestBlobStore } from "@/tests/support/test-blob-store";
import { extractPendingEvidence } from "./extract-pending";

vi.mock("next/headers", async () => (await import("@/tests/fuzz/support/fake-request")).nextHeadersMock);
const hoisted = vi.hoisted(() => ({ store: null as TestBlobStore | null, later: [] as (() => Promise<unknown>)[] }));
vi.mock("@/lib/evidence/evidence-store", async (original) => ({ ...(await original<object>()), evidenceStore: () => hoisted.store }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), after: (work: () => Promise<unknown>) => hoisted.later.push(work) }));

let officer: Viewer;
let slug: string;

beforeAll(async () => {
  installFakeNextHeaders();
  hoisted.store = await testBlobStore();
  officer = await makeViewer("case_officer");
  slug = (await makeCase({ assignTo: [officer.id] })).slug;
  setIncoming({ cookies: { [SESSION_COOKIE]: await sessionCookie({ userId: officer.id, sessionId: officer.sessionId, email: officer.email }) } });
});
beforeEach(() => {
  hoisted.later.length = 0;
});
afterAll(async () => {
  await hoisted.store?.dispose();
  await prisma.$disconnect();
});

async function upload(body: Buffer | string, fileName: string, contentType: string) {
  const query = new URLSearchParams({ title: fileName, kind: "inspection_report", fileName });
  const response = await POST(
    new NextRequest(`http://localhost/api/cases/${slug}/evidence?${query}`, { method: "POST", body: body as BodyInit, headers: { "content-type": contentType, origin: "http://localhost", host: "localhost" } }),
    { params: Promise.resolve({ slug }) },
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; extraction: string };
}

/** What after() was given, run as Next would once the answer is sent. */
async function runAfterWork() {
  const work = hoisted.later.splice(0);
  for (const w of work) await w();
  return work.length;
}

const state = (id: string) => prisma.evidenceFile.findUniqueOrThrow({ where: { id }, select: { extraction: true, extractionError: true, extractedAt: true } });
const pages = async (id: string) => (await prisma.evidencePage.findMany({ where: { fileId: id }, orderBy: { page: "asc" } })).map((p) => [p.page, p.text]);

describe("text extraction after an upload", () => {
  it("answers pending at once, then stores a PDF's text page by page", async () => {
    const file = await upload(minimalPdf(["The company shared data without consent.", "Page two: 40 million customers, Alipay."]), "report.pdf", "application/pdf");
    expect(file.extraction).toBe("pending");
    expect((await state(file.id)).extraction).toBe("pending");
    expect(await runAfterWork()).toBeGreaterThan(0);
    expect(await state(file.id)).toMatchObject({ extraction: "done", extractionError: null });
    expect(await pages(file.id)).toEqual([
      [1, "The company shared data without consent."],
      [2, "Page two: 40 million customers, Alipay."],
    ]);
  });

  it("stores a UTF-8 text file, Korean included, as page 1", async () => {
    const file = await upload("검사 결과: 수집된 개인신용정보를 제3자에게 제공하였다.\n", "note.txt", "text/plain");
    await runAfterWork();
    expect((await state(file.id)).extraction).toBe("done");
    expect(await pages(file.id)).toEqual([[1, "검사 결과: 수집된 개인신용정보를 제3자에게 제공하였다.\n"]]);
  });

  it("reads Korean from a PDF whose font is named, not embedded (the CMap comes from the installed pdf.js)", async () => {
    const file = await upload(koreanPdfWithoutEmbeddedFont("개인신용정보 제공"), "reply.pdf", "application/pdf");
    await runAfterWork();
    expect((await state(file.id)).extraction).toBe("done");
    expect(await pages(file.id)).toEqual([[1, "개인신용정보 제공"]]);
  });

  it("marks a type without text `none` and schedules nothing for it", async () => {
    const file = await upload('{"records": 40000000}', "figures.json", "application/json");
    expect(file.extraction).toBe("none");
    await runAfterWork();
    expect((await state(file.id)).extraction).toBe("none");
    expect(await pages(file.id)).toEqual([]);
  });

  it("marks a corrupt PDF `failed` with the reason; the upload stands", async () => {
    const file = await upload("%PDF-1.7\nthis is not really a PDF\n%%EOF\n", "broken.pdf", "application/pdf");
    await runAfterWork();
    const after = await state(file.id);
    expect(after.extraction).toBe("failed");
    expect(after.extractionError).toBeTruthy();
    expect(await prisma.evidenceFile.count({ where: { id: file.id, deletedAt: null } })).toBe(1);
  });

  it("copies the pages of the same bytes already extracted instead of reading them again", async () => {
    const bytes = minimalPdf(["Same bytes, twice."]);
    await upload(bytes, "first.pdf", "application/pdf");
    await runAfterWork();
    const second = await upload(bytes, "second.pdf", "application/pdf");
    const open = vi.spyOn(hoisted.store!, "open");
    await runAfterWork();
    expect(open).not.toHaveBeenCalled();
    open.mockRestore();
    expect(await pages(second.id)).toEqual([[1, "Same bytes, twice."]]);
  });

  it("leaves a lost background run pending for the batch run, which also retries failures", async () => {
    const lost = await upload("Lost to a restart.", "lost.txt", "text/plain");
    hoisted.later.length = 0;
    expect((await state(lost.id)).extraction).toBe("pending");
    const results = await extractPendingEvidence({ db: prisma, store: hoisted.store!, includeFailed: true });
    expect(results.find((r) => r.id === lost.id)?.outcome).toBe("done");
    expect(results.some((r) => r.outcome === "failed")).toBe(true);
    expect(await pages(lost.id)).toEqual([[1, "Lost to a restart."]]);
  });
});
