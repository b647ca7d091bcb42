import { expect, test } from "../support/fixtures";

// Every public route family sends the security headers (the app runs a production build here).
for (const route of ["/en", "/ko/cases/kakao-pay-alipay-2024", "/cases/kakao-pay-alipay-2024.json", "/cases/kakao-pay-alipay-2024.csv", "/api/public/cases", "/feed.xml"]) {
  test(`${route} sends the security headers`, async ({ request }) => {
    const response = await request.get(route);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
    expect(headers["x-powered-by"]).toBeUndefined();
  });
}
