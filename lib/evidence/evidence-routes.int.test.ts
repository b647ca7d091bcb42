// The evidence routes over the route handler. POST /api/cases/<slug>/evidence: the raw body
// streamed into the store, the record's fields from the query; 201 with the record, 404 for a case
// the viewer may not upload to, 403 from another site, 400 with a message key for a refused file;
// nothing written on any refusal. GET …/evidence/<fileId>: the bytes with their custody event and
// headers that keep an uploaded SVG or HTML file from running in Casefile's origin.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/cases/[slug]/evidence/[fileId]/route";
import { POST } from "@/app/api/cases/[slug]/evidence/route";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { installFakeNextHeaders, SESSION_COOKIE, sessionCookie, setIncoming } from "@/tests/fuzz/support/fake-request";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { testBlobStore, type TestBlobStore } from "@/tests/support/test-blob-store";

vi.mock("next/headers", async () => (await import("@/tests/fuzz/support/fake-request")).nextHeadersMock);
// Until the storage branch is merged, the route's store is the test store.
const stores = vi.hoisted(() => ({ current: null as TestBlobStore | null }));
vi.mock("@/lib/evidence/evidence-store", async (original) => ({ ...(await original<object>()), evidenceStore: () => stores.current }));

let officer: Viewer;
let outsider: Viewer;
let slug: string;
let incidentId: string;

beforeAll(async () => {
  installFakeNextHeaders();
  stores.current = await testBlobStore();
  [officer, outsider] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer")]);
  const made = await makeCase({ assignTo: [officer.id] });
  slug = made.slug;
  incidentId = made.id;
});
afterAll(async () => {
  await stores.current?.dispose();
  await prisma.$disconnect();
});

async function as(viewer: Viewer) {
  setIncoming({ cookies: { [SESSION_COOKIE]: await sessionCookie({ userId: viewer.id, sessionId: viewer.sessionId, email: viewer.email }) } });
}

const PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n";

function post(body: BodyInit, options: { fileName?: string; contentType?: string; origin?: string } = {}) {
  const query = new URLSearchParams({ title: "Inspection report", kind: "inspection_report", receivedOn: "2024-08-13", fileName: options.fileName ?? "report.pdf" });
  return POST(
    new NextRequest(`http://localhost/api/cases/${slug}/evidence?${query}`, {
      method: "POST",
      body,
      headers: { "content-type": options.contentType ?? "application/pdf", origin: options.origin ?? "http://localhost", host: "localhost" },
    }),
    { params: Promise.resolve({ slug }) },
  );
}

const get = (fileId: string, inline: boolean) =>
  GET(new NextRequest(`http://localhost/api/cases/${slug}/evidence/${fileId}${inline ? "?inline=1" : ""}`, { headers: { host: "localhost" } }), { params: Promise.resolve({ slug, fileId }) });

const custody = async (fileId: string) => (await prisma.auditEvent.findMany({ where: { entityType: "evidence_file", entityId: fileId }, orderBy: { occurredAt: "asc" }, select: { action: true } })).map((e) => e.action);

const records = () => prisma.evidenceFile.count({ where: { incidentId } });

describe("POST /api/cases/<slug>/evidence", () => {
  it("stores the file and answers 201 with its record", async () => {
    await as(officer);
    const response = await post(PDF);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ size: PDF.length, mediaType: "application/pdf", originalName: "report.pdf" });
    expect(await records()).toBe(1);
  });

  it("refuses, writing and storing nothing: another case's officer, another site, an empty file, a mismatched type", async () => {
    const blobs = await stores.current!.blobs();
    await as(outsider);
    expect((await post(PDF)).status).toBe(404);
    await as(officer);
    expect((await post(PDF, { origin: "https://evil.example" })).status).toBe(403);
    const empty = await post("");
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ fieldErrors: { file: ["evidence.errors.empty"] } });
    const mismatch = await post("day,records\n2018-06-01,1\n");
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({ fieldErrors: { file: ["evidence.errors.typeMismatch"] } });
    expect(await records()).toBe(1);
    expect(await stores.current!.blobs()).toEqual(blobs);
    expect(await stores.current!.temporaries()).toEqual([]);
  });

  it("serves a file with its custody event, and a malicious SVG or HTML file only as a sandboxed download", async () => {
    await as(officer);
    const pdf = (await (await post(PDF, { fileName: "again.pdf" })).json()) as { id: string };
    const preview = await get(pdf.id, true);
    expect(preview.status).toBe(200);
    expect(preview.headers.get("content-type")).toBe("application/pdf");
    expect(preview.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(await preview.text()).toBe(PDF);
    expect(await custody(pdf.id)).toEqual(["evidence.uploaded", "evidence.viewed"]);

    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><script>fetch("/api/cases")</script></svg>';
    const html = "<!doctype html><html><body><script>alert(document.cookie)</script></body></html>";
    for (const [body, fileName, type] of [[svg, "drawing.svg", "image/svg+xml"], [html, "page.html", "text/html"]] as const) {
      const created = await post(body, { fileName, contentType: type });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const served = await get(id, true);
      expect(served.headers.get("content-type")).toBe("application/octet-stream");
      expect(served.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(served.headers.get("x-content-type-options")).toBe("nosniff");
      expect(served.headers.get("content-security-policy")).toMatch(/^sandbox/);
      expect(await custody(id)).toEqual(["evidence.uploaded", "evidence.downloaded"]);
    }
  });

  it("answers 404 for another case's officer, and records nothing", async () => {
    await as(officer);
    const { id } = (await (await post(PDF, { fileName: "third.pdf" })).json()) as { id: string };
    await as(outsider);
    expect((await get(id, false)).status).toBe(404);
    expect(await custody(id)).toEqual(["evidence.uploaded"]);
  });
});
