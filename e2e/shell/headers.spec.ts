import { expect, REFERENCE_CASE, test } from "../support/fixtures";
import { signInAs } from "../support/session";

// Every route family sends the security headers (the app runs a production build here): public
// pages and downloads, the signed-in pages, the JSON APIs (answers and refusals alike), auth,
// generated images, static assets and the 404 page.
const routes: { path: string; status: number; as?: string }[] = [
  { path: "/en", status: 200 },
  { path: `/ko${REFERENCE_CASE}`, status: 200 },
  { path: `${REFERENCE_CASE}.json`, status: 200 },
  { path: `${REFERENCE_CASE}.csv`, status: 200 },
  { path: "/api/public/cases", status: 200 },
  { path: "/api/public/cases/kakao-pay-alipay-2024/series", status: 200 },
  { path: "/feed.xml", status: 200 },
  { path: "/en/sign-in", status: 200 },
  { path: "/api/auth/csrf", status: 200 },
  { path: "/api/cases", status: 401 },
  { path: "/en/no-such-page", status: 404 },
  // Paths that only start like the nonced pages still get a policy.
  { path: "/en/workspaces", status: 404 },
  { path: "/ko/sign-in-help", status: 404 },
  { path: "/en/workspace", status: 200, as: "regulator@casefile.demo" },
  { path: "/en/admin/audit", status: 200, as: "admin@casefile.demo" },
  { path: "/api/cases", status: 200, as: "regulator@casefile.demo" },
  { path: "/api/cases/kakao-pay-alipay-2024/series", status: 200, as: "regulator@casefile.demo" },
  { path: "/api/series", status: 200, as: "regulator@casefile.demo" },
];

for (const route of routes) {
  test(`${route.path}${route.as ? ` (as ${route.as})` : ""} sends the security headers`, async ({ page }) => {
    if (route.as) await signInAs(page, route.as);
    const response = await page.request.get(route.path);
    expect(response.status()).toBe(route.status);
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}

test("static assets and the Open Graph image send them too", async ({ page }) => {
  await page.goto(`/en${REFERENCE_CASE}`);
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  for (const url of [script!, image!]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()["x-content-type-options"], url).toBe("nosniff");
    expect(response.headers()["content-security-policy"], url).toContain("object-src 'none'");
  }
});
