// Hostile requests over real HTTP, for what only the running server shows: Next's own parsing
// of server-action bodies and URLs, request size limits, and route handlers behind the real
// router. Every answer is a clear 4xx (or a success), never a 5xx, and a refused request
// writes nothing.
import http from "node:http";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { actionId } from "../support/server-actions";
import { signInAs } from "../support/session";
import { AUTH_BODY_LIMIT_BYTES, SERIES_IMPORT_MAX_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES } from "../../lib/http/request-limits";

const CASE = "kakao-pay-alipay-2024";
const INVALID_UTF8 = Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x22, 0x5d]);

const postAction = (request: APIRequestContext, name: string | null, body: string | Buffer, contentType = "text/plain;charset=UTF-8") =>
  request.post("/en/admin/users", {
    headers: { "Next-Action": name ? actionId(name) : "00deadbeef00deadbeef00deadbeef00deadbeef00", "Content-Type": contentType, Accept: "text/x-component" },
    data: body,
  });

/** A raw request, for what Playwright's client will not send: a Content-Length it does not keep to, or a chunked body. */
function rawRequest(options: { baseURL: string; path: string; method: string; headers: Record<string, string>; body: Buffer; chunks?: number }): Promise<{ status: number; text: string }> {
  const url = new URL(options.path, options.baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method, headers: options.headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk.slice(0, 2000)));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    // The server may answer before the body is sent and close the connection: that is the point.
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    for (let i = 0; i < (options.chunks ?? 1); i++) req.write(options.body);
    req.end();
  });
}

async function cookieHeader(page: Page) {
  return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

async function userRows(page: Page) {
  await page.goto("/en/admin/users");
  return page.locator("tr[data-user]").count();
}

test.describe("server-action POSTs", () => {
  test("an unknown action id is a 4xx", async ({ request }) => {
    const response = await postAction(request, null, "[{}]");
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });

  test("a real action id with a body our pages never send is refused with a 4xx, and nothing is written", async ({ page }) => {
    await signInAs(page, "admin@casefile.demo");
    const before = await userRows(page);
    const valid = { email: "fuzz-http@casefile.demo", name: "Fuzz", role: "regulator" };
    const cases: [string, string | Buffer, string, number][] = [
      ["invalid UTF-8", Buffer.concat([Buffer.from(`[${JSON.stringify(valid).slice(0, -1)},"note":`), INVALID_UTF8, Buffer.from("}]")]), "text/plain;charset=UTF-8", 400],
      ["broken JSON", `[${JSON.stringify(valid)}`, "text/plain;charset=UTF-8", 400],
      ["not an array", JSON.stringify(valid), "text/plain;charset=UTF-8", 400],
      ["a React reference", JSON.stringify([valid, "$Q5"]), "text/plain;charset=UTF-8", 400],
      ["a server reference", JSON.stringify(["$h1"]), "text/plain;charset=UTF-8", 400],
      ["deep nesting", `[${"[".repeat(50_000)}${"]".repeat(50_000)}]`, "text/plain;charset=UTF-8", 400],
      ["multipart garbage", "--x\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n\u0000\r\n--x", "multipart/form-data; boundary=x", 415],
      ["JSON content type", JSON.stringify([valid]), "application/json", 415],
      ["form-encoded", "email=a%40b.c", "application/x-www-form-urlencoded", 415],
      ["oversize", JSON.stringify([{ ...valid, name: "x".repeat(SERVER_ACTION_BODY_LIMIT_BYTES) }]), "text/plain;charset=UTF-8", 413],
    ];
    for (const [label, body, contentType, status] of cases) {
      const response = await postAction(page.request, "createUserAction", body, contentType);
      expect(response.status(), label).toBe(status);
    }
    expect(await userRows(page)).toBe(before);
    await expect(page.locator('tr[data-user="fuzz-http@casefile.demo"]')).toHaveCount(0);
  });

  test("an oversize chunked body (no Content-Length) is counted and refused with 413", async ({ page, baseURL }) => {
    await signInAs(page, "admin@casefile.demo");
    const response = await rawRequest({
      baseURL: baseURL!,
      path: "/en/admin/users",
      method: "POST",
      headers: { "Next-Action": actionId("createUserAction"), "Content-Type": "text/plain;charset=UTF-8", "Transfer-Encoding": "chunked", Cookie: await cookieHeader(page) },
      body: Buffer.alloc(256 * 1024, 0x61),
      chunks: 8,
    });
    expect(response.status).toBe(413);
  });

  test("a well-formed call still reaches the action (which refuses it for want of a session)", async ({ request }) => {
    const response = await postAction(request, "createUserAction", JSON.stringify([{ email: "x@y.z", name: "$$ not a reference", role: "admin", note: "$undefined" }]));
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain('"error":"unauthenticated"');
  });
});

test.describe("route handlers", () => {
  test("the CSV import refuses other content types, and survives invalid UTF-8", async ({ page }) => {
    await signInAs(page, "officer@casefile.demo");
    const url = `/api/cases/${CASE}/series/import?provenance=reported`;
    for (const type of ["application/json", "multipart/form-data; boundary=x", "text/plain", "application/x-www-form-urlencoded"]) {
      expect((await page.request.post(url, { headers: { "Content-Type": type }, data: "day,records\n2024-01-01,1\n" })).status(), type).toBe(415);
    }
    const response = await page.request.post(url, { headers: { "Content-Type": "text/csv" }, data: Buffer.concat([Buffer.from("day,records\n2024-01-01,"), INVALID_UTF8, Buffer.from("\n")]) });
    expect(response.status()).toBe(200);
    const result = JSON.parse((await response.text()).trim().split("\n").at(-1)!) as { type: string; ok: boolean; reason?: string };
    expect(result).toMatchObject({ type: "result", ok: false, reason: "invalid" });
  });

  test(`an upload declaring more than ${SERIES_IMPORT_MAX_BYTES / 1024 / 1024} MB is refused with 413 before it is read`, async ({ page, baseURL }) => {
    await signInAs(page, "officer@casefile.demo");
    const response = await rawRequest({
      baseURL: baseURL!,
      path: `/api/cases/${CASE}/series/import`,
      method: "POST",
      headers: { "Content-Type": "text/csv", "Content-Length": String(SERIES_IMPORT_MAX_BYTES + 1), Cookie: await cookieHeader(page) },
      body: Buffer.from("day,records\n"),
    });
    expect(response.status).toBe(413);
  });

  test("sign-in refuses broken JSON, invalid UTF-8 and oversize bodies with a 4xx", async ({ request }) => {
    const path = "/api/auth/callback/credentials";
    expect((await request.post(path, { headers: { "Content-Type": "application/json" }, data: "{bad" })).status()).toBe(400);
    const utf8 = await request.post(path, { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: Buffer.concat([Buffer.from("email="), INVALID_UTF8, Buffer.from("&password=x")]) });
    expect(utf8.status()).toBeLessThan(500);
    expect((await request.post(path, { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: `password=${"x".repeat(AUTH_BODY_LIMIT_BYTES)}` })).status()).toBe(413);
    expect((await request.get("/api/auth/session?callbackUrl=%25")).status()).toBe(400);
  });

  test("wrong methods, wrong content types and broken query strings never get a 5xx", async ({ request }) => {
    const routes = ["/api/public/cases", `/api/public/cases/${CASE}/series`, `/cases/${CASE}.json`, "/feed.xml", "/api/cases", "/api/series", `/api/cases/${CASE}/export`, "/api/public/sanctions", `/cases/${CASE}.zip`, `/cases/${CASE}.csv`, "/ko/feed.xml", "/xx/feed.xml", `/en/cases/${CASE}/feed.xml`, "/ko/organisations/kakao-pay/feed.xml", "/en/sanctions/feed.xml", "/schemas/published-case.json", "/api/public/statistics", "/api/oembed", "/healthz"];
    for (const route of routes) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const response = await request.fetch(route, { method, headers: { "Content-Type": "application/json" }, data: INVALID_UTF8 });
        expect(response.status(), `${method} ${route}`).toBeLessThan(500);
      }
      for (const query of ["?bucket=%FF", "?page=%", "?q=%00", "?from=%E0%A4%A&to=2024-01-01", "?limit=1e309"]) {
        const response = await request.get(route + query);
        expect(response.status(), route + query).toBeLessThan(500);
      }
    }
  });
});

test.describe("traversal and junk in case addresses", () => {
  const SLUGS = ["..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "%00", "x%00.json", "%FF", "%E0%A4%A", "abc%", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%20'1'%3D'1", "%C0%AF", "a".repeat(300)];
  for (const slug of SLUGS) {
    test(`/cases/${slug.slice(0, 40)} and its series answer 4xx`, async ({ request }) => {
      for (const path of [`/en/cases/${slug}`, `/ko/cases/${slug}`, `/cases/${slug}`, `/api/public/cases/${slug}/series`, `/cases/${slug}.json`, `/cases/${slug}.zip`, `/en/cases/${slug}/feed.xml`, `/ko/organisations/${slug}/feed.xml`, `/embed/en/cases/${slug}/records`]) {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBeLessThan(500);
        expect(response.status() === 307 || response.status() >= 400, `${path}: ${response.status()}`).toBe(true);
        expect(await response.text()).not.toMatch(/root:x:0:0|<script>alert\(1\)/);
      }
    });
  }
});

test.describe("junk in version addresses and comparisons", () => {
  test("a version number that is no released version is 404; a junk comparison is a message or 404, never a 5xx", async ({ request }) => {
    for (const n of ["%00", "abc", "0", "-1", "1.5", "1e3", "01", "99999999999999999999", "..%2F1", "%3Cscript%3E"]) {
      const path = `/en/cases/${CASE}/versions/${n}`;
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    }
    // An address that does not percent-decode is refused before any page (docs/public-api.md).
    for (const n of ["%FF", "%E0%A4%A"]) {
      const path = `/en/cases/${CASE}/versions/${n}`;
      expect([400, 404], path).toContain((await request.get(path, { maxRedirects: 0 })).status());
    }
    for (const query of ["from=%00&to=1", "from=%FF&to=%E0%A4%A", "from=1&to=1e309", "from=1&from=2&to=1", "from=%3Cscript%3Ealert(1)%3C%2Fscript%3E&to=1", "from=1&to=99999999999999999999", `from=${"9".repeat(500)}&to=1`]) {
      const response = await request.get(`/en/cases/${CASE}/compare?${query}`, { maxRedirects: 0 });
      expect(response.status(), query).toBeLessThan(500);
      expect(await response.text(), query).not.toContain("<script>alert(1)");
    }
  });
});
