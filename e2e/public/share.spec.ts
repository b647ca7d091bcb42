import { expect, test } from "../support/fixtures";

test("a shared case link has an Open Graph image of the published summary, canonical and hreflang links, and a citation", async ({ page, request }) => {
  await page.goto("/en/cases/kakao-pay-alipay-2024");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/^http:\/\/localhost:\d+\/en\/cases\/kakao-pay-alipay-2024\/opengraph-image/);
  const response = await request.get(new URL(image ?? "").pathname + new URL(image ?? "").search);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const png = await response.body();
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.length).toBeGreaterThan(10_000);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/cases\/kakao-pay-alipay-2024$/);
  await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute("href", /\/ko\/cases\/kakao-pay-alipay-2024$/);
  await expect(page.getByTestId("cite")).toContainText("public summary version 1");
});
