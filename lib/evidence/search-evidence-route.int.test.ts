// GET /api/cases/<slug>/evidence/search?q=: the route handler's shape (401, 400, 404 for a case the
// viewer may not read), then the hits with their page and snippet and the count still pending.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/cases/[slug]/evidence/search/route";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { installFakeNextHeaders, SESSION_COOKIE, sessionCookie, setIncoming } from "@/tests/fuzz/support/fake-request";
import { makeCase, makeViewer } from "@/tests/support/factories";

vi.mock("next/headers", async () => (await import("@/tests/fuzz/support/fake-request")).nextHeadersMock);
vi.mock("next/server", async (original) => ({ ...(await original<object>()), after: () => undefined }));

let officer: Viewer;
let outsider: Viewer;
let admin: Viewer;
let slug: string;

beforeAll(async () => {
  installFakeNextHeaders();
  [officer, outsider, admin] = await Promise.all([makeViewer("case_officer"), makeViewer("case_officer"), makeViewer("admin")]);
  const made = await makeCase({ assignTo: [officer.id] });
  slug = made.slug;
  const base = { incidentId: made.id, originalName: "x", size: 1n, sha256: "0".repeat(64) };
  await prisma.evidenceFile.create({ data: { ...base, title: "Reply", mediaType: "application/pdf", extraction: "done", pages: { create: [{ page: 3, text: "제3자에게 제공한 사실" }] } } });
  await prisma.evidenceFile.create({ data: { ...base, title: "Still reading", mediaType: "text/plain", extraction: "pending" } });
});
afterAll(() => prisma.$disconnect());

async function as(viewer: Viewer | null) {
  setIncoming({ cookies: viewer ? { [SESSION_COOKIE]: await sessionCookie({ userId: viewer.id, sessionId: viewer.sessionId, email: viewer.email }) } : {} });
}

const search = (q: string | null) =>
  GET(new NextRequest(`http://localhost/api/cases/${slug}/evidence/search${q === null ? "" : `?${new URLSearchParams({ q })}`}`, { headers: { host: "localhost" } }), {
    params: Promise.resolve({ slug }),
  });

describe("GET /api/cases/<slug>/evidence/search", () => {
  it("answers the hits, their page and snippet, and how many files are still being read", async () => {
    await as(officer);
    const response = await search("제3자에게");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ words: ["제3자에게"], hits: [{ title: "Reply", page: 3, snippet: "제3자에게 제공한 사실", mediaType: "application/pdf" }], pending: 1 });
  });

  it("refuses an empty or missing search, without a session 401, another case's officer and an administrator (records, not contents) 404", async () => {
    await as(officer);
    expect((await search("   ")).status).toBe(400);
    expect((await search(null)).status).toBe(400);
    expect((await search("x".repeat(201))).status).toBe(400);
    await as(outsider);
    expect((await search("제3자에게")).status).toBe(404);
    await as(admin);
    expect((await search("제3자에게")).status).toBe(404);
    await as(null);
    expect((await search("제3자에게")).status).toBe(401);
  });
});
