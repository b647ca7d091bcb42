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
  await expect(page.getByRole("textbox", { name: "Citation as Plain text" })).toHaveValue(/public summary version 1, .*\/en\/cases\/kakao-pay-alipay-2024\/versions\/1 \(accessed /);
});

test("the Korean page's Open Graph image is its own, drawn in Korean", async ({ page, request }) => {
  await page.goto("/ko/cases/kakao-pay-alipay-2024");
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
  expect(image.pathname).toMatch(/^\/ko\/cases\/kakao-pay-alipay-2024\/opengraph-image/);
  await page.goto("/en/cases/kakao-pay-alipay-2024");
  const english = new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
  const [ko, en] = await Promise.all([request.get(image.pathname + image.search), request.get(english.pathname + english.search)]);
  expect(ko.status()).toBe(200);
  expect(ko.headers()["content-type"]).toBe("image/png");
  // Before, both languages got the same English card. That the Hangul is drawn with glyphs, not
  // boxes, is checked where the card is drawn (lib/publishing/og-card.test.tsx).
  expect(Buffer.compare(await ko.body(), await en.body())).not.toBe(0);
});
