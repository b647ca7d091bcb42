// The 5xx answers the fuzz found, each pinned with the request that produced it.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { encodeCursor } from "@/lib/cases/case-list-query";
import { AUTH_BODY_LIMIT_BYTES } from "@/lib/http/request-limits";
import { changedTables, dataFingerprint } from "./support/db-fingerprint";
import { incomingBody, installFakeNextHeaders, setIncoming } from "./support/fake-request";
import { buildWorld, type ViewerKind, type World } from "./support/world";

vi.mock("next/headers", async () => (await import("./support/fake-request")).nextHeadersMock);

let world: World;
beforeAll(async () => {
  installFakeNextHeaders();
  world = await buildWorld();
});
afterAll(() => prisma.$disconnect());

type Handler = (request: NextRequest, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;
const handler = (module: object, method: "GET" | "POST") => (module as Record<string, unknown>)[method] as Handler;

type Init = ConstructorParameters<typeof NextRequest>[1];

async function call(handler: Handler, url: string, options: { params?: Record<string, unknown>; viewer?: ViewerKind; init?: Init; cookies?: Record<string, string> } = {}) {
  const request = new NextRequest(`http://localhost:3000${url}`, options.init);
  setIncoming({ headers: request.headers, cookies: { ...world.cookies[options.viewer ?? "anonymous"], ...options.cookies } });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}

const ODD_SLUGS = ["\u0000", "/etc/passwd\u0000.json", "../../etc/passwd", "\uD800", "a".repeat(500), "Kakao-Pay"];

describe("a slug that cannot be a case is a 404, not a database error", () => {
  it.each(ODD_SLUGS)("%j", async (slug) => {
    const publicSeries = handler(await import("@/app/api/public/cases/[slug]/series/route"), "GET");
    const caseSeries = handler(await import("@/app/api/cases/[slug]/series/route"), "GET");
    const caseExport = handler(await import("@/app/api/cases/[slug]/export/route"), "GET");
    const seriesImport = handler(await import("@/app/api/cases/[slug]/series/import/route"), "POST");
    const params = { slug };
    expect((await call(publicSeries, "/api/public/cases/x/series", { params })).status).toBe(404);
    expect((await call(caseSeries, "/api/cases/x/series", { params, viewer: "regulator" })).status).toBe(404);
    expect((await call(caseExport, "/api/cases/x/export", { params, viewer: "regulator" })).status).toBe(404);
    const before = await dataFingerprint();
    const imported = await call(seriesImport, "/api/cases/x/series/import", { params, viewer: "regulator", init: { method: "POST", body: "day,records\n2024-01-01,5\n", headers: { "content-type": "text/csv" } } });
    expect(imported.status).toBe(404);
    expect(changedTables(before, await dataFingerprint())).toEqual([]);
  });
});

describe("the CSV import", () => {
  it("answers a quote inside a value (csv-parse's INVALID_OPENING_QUOTE) as a malformed file, not an unexpected failure", async () => {
    const seriesImport = handler(await import("@/app/api/cases/[slug]/series/import/route"), "POST");
    const before = await dataFingerprint();
    for (const csv of ['day,records\n2024-01-01,a"b\n', 'day,records\n2024-01-01,["\xff"]\n']) {
      const response = await call(seriesImport, "/api/cases/x/series/import", { params: { slug: world.slugs.assigned }, viewer: "officer", init: { method: "POST", body: csv, headers: { "content-type": "text/csv" } } });
      const result = JSON.parse((await response.text()).trim().split("\n").at(-1)!) as unknown;
      expect(result).toMatchObject({ type: "result", ok: false, reason: "invalid", errors: [{ line: 2, message: "The CSV is malformed (Invalid Opening Quote)." }] });
    }
    expect(changedTables(before, await dataFingerprint())).toEqual([]);
  });

  // The importer refuses these on their first bytes and stops reading; that used to cancel the
  // body while a read was waiting, and the upload's end then threw in the server where nobody
  // could catch it (fail-on-process-errors fails the test for that).
  it.each([
    ["UTF-16", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("day,records\n2024-01-01,5\n", "utf16le")]), "The file is UTF-16. Save it as UTF-8 CSV and import it again."],
    ["binary", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), Buffer.alloc(300, 7)]), "This does not look like a CSV file (it contains binary data)."],
  ])("refuses a %s upload, streamed as Next delivers it, without an uncaught exception", async (_kind, bytes, message) => {
    const seriesImport = handler(await import("@/app/api/cases/[slug]/series/import/route"), "POST");
    const before = await dataFingerprint();
    const response = await call(seriesImport, "/api/cases/x/series/import", {
      params: { slug: world.slugs.assigned },
      viewer: "officer",
      init: { method: "POST", headers: { "content-type": "text/csv" }, ...incomingBody(bytes, 4096) },
    });
    const result = JSON.parse((await response.text()).trim().split("\n").at(-1)!) as unknown;
    expect(result).toMatchObject({ type: "result", ok: false, reason: "invalid", errors: [{ line: 1, message }] });
    expect(changedTables(before, await dataFingerprint())).toEqual([]);
  });
});

describe("the case list", () => {
  it("refuses NUL in its text filters with a 400", async () => {
    const list = handler(await import("@/app/api/cases/route"), "GET");
    for (const query of ["q=%00", "org=a%00", "recipient=%00", "category=%00x"]) {
      expect((await call(list, `/api/cases?${query}`, { viewer: "regulator" })).status, query).toBe(400);
    }
  });

  it("ignores a cursor that holds no time for a sort by time, or holds NUL, like any malformed cursor", async () => {
    const list = handler(await import("@/app/api/cases/route"), "GET");
    for (const cursor of [{ v: "", id: "" }, { v: "not a time", id: "x" }, { v: "2024-01-01T00:00:00Z\u0000", id: "\u0000" }]) {
      const response = await call(list, `/api/cases?sort=opened_desc&cursor=${encodeCursor(cursor)}`, { viewer: "regulator" });
      expect(response.status, JSON.stringify(cursor)).toBe(200);
    }
  });
});

describe("next-auth's own 500s", () => {
  const auth = async () => handler(await import("@/app/api/auth/[...nextauth]/route"), "GET");
  const authPost = async () => handler(await import("@/app/api/auth/[...nextauth]/route"), "POST");

  it("a callback URL that is not an http(s) URL is a 400, in the query or in the cookie (which is cleared)", async () => {
    expect((await call(await auth(), "/api/auth/session?callbackUrl=%25", { params: { nextauth: ["session"] } })).status).toBe(400);
    expect((await call(await auth(), "/api/auth/session?callbackUrl=javascript:alert(1)", { params: { nextauth: ["session"] } })).status).toBe(400);
    const response = await call(await auth(), "/api/auth/session", { params: { nextauth: ["session"] }, init: { headers: { cookie: "next-auth.callback-url=ftp://example.org" } }, cookies: { "next-auth.callback-url": "ftp://example.org" } });
    expect(response.status).toBe(400);
    expect(response.headers.get("set-cookie")).toContain("next-auth.callback-url=;");
  });

  it("a JSON body that is not an object is a 400, an oversize body a 413, and neither is counted as a sign-in", async () => {
    const before = await dataFingerprint();
    const json = (body: string) => ({ method: "POST", body, headers: { "content-type": "application/json" } });
    for (const body of ["{bad", "[]", "null", "\"x\""]) {
      expect((await call(await authPost(), "/api/auth/callback/credentials", { params: { nextauth: ["callback", "credentials"] }, init: json(body) })).status, body).toBe(400);
    }
    const huge = `email=a%40b.c&password=${"x".repeat(AUTH_BODY_LIMIT_BYTES)}`;
    const form = { method: "POST", body: huge, headers: { "content-type": "application/x-www-form-urlencoded" } };
    expect((await call(await authPost(), "/api/auth/callback/credentials", { params: { nextauth: ["callback", "credentials"] }, init: form })).status).toBe(413);
    expect(changedTables(before, await dataFingerprint())).toEqual([]);
  });

  it("ordinary requests still work", async () => {
    const csrf = await call(await auth(), "/api/auth/csrf", { params: { nextauth: ["csrf"] } });
    expect(csrf.status).toBe(200);
    expect(((await csrf.json()) as { csrfToken: string }).csrfToken).toMatch(/^[0-9a-f]{64}$/);
  });
});
