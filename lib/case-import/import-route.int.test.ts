// POST /api/cases/import over the route handler: who may (404 to anyone else, as for any
// refusal), what it takes (application/json from this site, at most CASE_FILE_IMPORT_MAX_BYTES),
// and its answers: 201 with the new case, 400 with the problems by path, 409 for an address in
// use; nothing written on any refusal.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/cases/import/route";
import { prisma } from "@/lib/db/prisma";
import type { Viewer } from "@/lib/auth/permissions";
import { CASE_FILE_IMPORT_MAX_BYTES } from "@/lib/http/request-limits";
import { changedTables, dataFingerprint } from "@/tests/fuzz/support/db-fingerprint";
import { installFakeNextHeaders, SESSION_COOKIE, sessionCookie, setIncoming } from "@/tests/fuzz/support/fake-request";
import { caseFileFixture } from "@/tests/support/case-file-fixture";
import { deleteCasesOpenedHere } from "@/tests/support/cases-opened-here";
import { makeViewer, unique } from "@/tests/support/factories";

vi.mock("next/headers", async () => (await import("@/tests/fuzz/support/fake-request")).nextHeadersMock);

let viewers: Record<"admin" | "regulator" | "officer", Viewer>;
beforeAll(async () => {
  installFakeNextHeaders();
  const [admin, regulator, officer] = await Promise.all([makeViewer("admin"), makeViewer("regulator"), makeViewer("case_officer")]);
  viewers = { admin, regulator, officer };
});
afterAll(() => prisma.$disconnect());
// Registered last: its capture runs after the seeding above, its deletion before the disconnect.
deleteCasesOpenedHere();

async function as(who: keyof typeof viewers | "anonymous") {
  const viewer = who === "anonymous" ? null : viewers[who];
  setIncoming({ cookies: viewer ? { [SESSION_COOKIE]: await sessionCookie({ userId: viewer.id, sessionId: viewer.sessionId, email: viewer.email }) } : {} });
}

const post = (body: BodyInit, options: { query?: string; contentType?: string; headers?: Record<string, string> } = {}) =>
  POST(
    new NextRequest(`http://localhost/api/cases/import${options.query ?? ""}`, {
      method: "POST",
      body,
      headers: { "content-type": options.contentType ?? "application/json", origin: "http://localhost", host: "localhost", ...options.headers },
    }),
  );
const fixture = () => JSON.stringify(caseFileFixture());

describe("POST /api/cases/import", () => {
  it("opens the case for a regulator: 201 with its address, and the same address again is 409", async () => {
    await as("regulator");
    const slug = unique("route-import");
    const created = await post(fixture(), { query: `?slug=${slug}&fileName=case.json` });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ ok: true, slug });
    const before = await dataFingerprint();
    const again = await post(fixture(), { query: `?slug=${slug}` });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ ok: false, reason: "slugTaken", slug });
    expect(changedTables(before, await dataFingerprint())).toEqual([]);
  });

  it("refuses, writing nothing: no session, a role that may not open cases, another site, another content type, a file too large, a bad file", async () => {
    const before = await dataFingerprint();
    await as("anonymous");
    expect((await post(fixture())).status).toBe(401);
    for (const who of ["officer", "admin"] as const) {
      await as(who);
      expect((await post(fixture())).status, who).toBe(404);
    }
    await as("regulator");
    expect((await post(fixture(), { headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await post(fixture(), { contentType: "text/plain" })).status).toBe(415);
    const tooLarge = await post(new Uint8Array(CASE_FILE_IMPORT_MAX_BYTES + 1).fill(0x20));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ ok: false, reason: "invalid", problems: [{ path: "", code: "fileTooLarge" }] });
    const bad = await post(JSON.stringify({ ...caseFileFixture(), format: "casefile-case/3" }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, reason: "invalid", problems: [{ path: "format", code: "formatNewer" }] });
    expect((await post(fixture(), { query: "?slug=Not%20A%20Slug" })).status).toBe(400);
    expect(changedTables(before, await dataFingerprint())).toEqual([]);
  });
});
