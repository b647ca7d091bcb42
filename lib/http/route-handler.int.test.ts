// The route-handler shape every handler under app/ gets from lib/http/route-handler.ts:
// 401 without a session, 400 for a bad query, 404 for a case the viewer may not see or may not
// act on (never 403, so nobody learns which cases exist), and refusals from lib/ as answers.
import { NextRequest, NextResponse } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { ActionError } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { installFakeNextHeaders, SESSION_COOKIE, sessionCookie, setIncoming } from "@/tests/fuzz/support/fake-request";
import { makeCase, makeViewer } from "@/tests/support/factories";
import { caseRoute, viewerRoute } from "./route-handler";

vi.mock("next/headers", async () => (await import("@/tests/fuzz/support/fake-request")).nextHeadersMock);

let viewers: Record<"admin" | "regulator" | "officer" | "outsider", Viewer>;
let slug: string;
beforeAll(async () => {
  installFakeNextHeaders();
  const [admin, regulator, officer, outsider] = await Promise.all([makeViewer("admin"), makeViewer("regulator"), makeViewer("case_officer"), makeViewer("case_officer")]);
  viewers = { admin, regulator, officer, outsider };
  slug = (await makeCase({ assignTo: [officer.id] })).slug;
});
afterAll(() => prisma.$disconnect());

async function as(who: keyof typeof viewers | "anonymous") {
  const viewer = who === "anonymous" ? null : viewers[who];
  setIncoming({ cookies: viewer ? { [SESSION_COOKIE]: await sessionCookie({ userId: viewer.id, sessionId: viewer.sessionId, email: viewer.email }) } : {} });
}

const query = z.object({ n: z.coerce.number().int().min(1).default(1) });
const importRoute = caseRoute({ query, permission: "series.import" }, async ({ query: { n }, found }) => NextResponse.json({ n, slug: found.incident.slug }));
const call = (path: string, caseSlug = slug) => importRoute(new NextRequest(`http://localhost${path}`), { params: Promise.resolve({ slug: caseSlug }) });

describe("caseRoute", () => {
  it("answers 401 without a session, before anything else", async () => {
    await as("anonymous");
    expect((await call("/x?n=oops")).status).toBe(401);
  });

  it("answers 400 with the field's message for a query that fails the schema", async () => {
    await as("regulator");
    const response = await call("/x?n=oops");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid", fieldErrors: { n: [expect.any(String)] } });
  });

  it("answers 404 alike for a missing case, an invisible one and a permission the viewer lacks", async () => {
    await as("regulator");
    expect((await call("/x", "no-such-case")).status).toBe(404);
    await as("outsider");
    expect((await call("/x")).status).toBe(404);
    await as("admin");
    expect((await call("/x")).status).toBe(404);
  });

  it("refuses a request from another site before anything else when the route changes something", async () => {
    const posting = caseRoute({ sameOriginOnly: true }, async () => NextResponse.json({ ok: true }));
    const post = (origin: string) =>
      posting(new NextRequest("http://localhost/x", { method: "POST", headers: { origin, host: "localhost" } }), { params: Promise.resolve({ slug }) });
    await as("anonymous");
    expect((await post("https://evil.example")).status).toBe(403);
    await as("regulator");
    expect((await post("https://evil.example")).status).toBe(403);
    expect((await post("null")).status).toBe(403);
    expect((await post("http://localhost")).status).toBe(200);
  });

  it("runs the handler for those who may, with the parsed query and the case", async () => {
    for (const who of ["regulator", "officer"] as const) {
      await as(who);
      const response = await call("/x?n=3");
      expect(response.status, who).toBe(200);
      expect(await response.json()).toEqual({ n: 3, slug });
    }
  });
});

describe("viewerRoute", () => {
  const refusing = viewerRoute({ permission: "case.create" }, async () => {
    throw new ActionError("forbidden", "No.");
  });
  const fine = viewerRoute({ permission: "case.create" }, async ({ viewer }) => NextResponse.json({ role: viewer.role }));

  it("checks the permission, and turns a refusal from lib/ into a 404 rather than a 500", async () => {
    for (const who of ["admin", "officer"] as const) {
      await as(who);
      expect((await fine(new NextRequest("http://localhost/x"))).status, who).toBe(404);
    }
    await as("regulator");
    expect(await (await fine(new NextRequest("http://localhost/x"))).json()).toEqual({ role: "regulator" });
    expect((await refusing(new NextRequest("http://localhost/x"))).status).toBe(404);
  });

  it("refuses a request from another site before anything else when the route changes something", async () => {
    const posting = viewerRoute({ sameOriginOnly: true, permission: "case.create" }, async () => NextResponse.json({ ok: true }));
    const post = (origin: string) => posting(new NextRequest("http://localhost/x", { method: "POST", headers: { origin, host: "localhost" } }));
    await as("anonymous");
    expect((await post("https://evil.example")).status).toBe(403);
    await as("regulator");
    expect((await post("https://evil.example")).status).toBe(403);
    expect((await post("null")).status).toBe(403);
    expect((await post("http://localhost")).status).toBe(200);
  });
});
