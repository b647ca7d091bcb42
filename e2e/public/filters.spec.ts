import { expect, test } from "../support/fixtures";

test("the public list searches and filters by state, data category and year, and the address holds the filters @phone", async ({ page, axe }) => {
  await page.goto("/en");
  const filters = page.getByTestId("public-filters");
  await filters.getByLabel("Search").fill("alipay");
  await filters.getByRole("button", { name: "Show cases" }).click();
  await expect(page).toHaveURL(/[?&]q=alipay/);
  await expect(page.getByTestId("public-count")).toHaveText("1 case");
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("article").first()).toContainText("Kakao Pay");

  await page.goto("/en?stage=closed");
  await expect(page.getByLabel("Status")).toHaveValue("closed");
  await expect(page.getByRole("article").filter({ hasText: "Kakao Pay" })).toHaveCount(0);

  await page.goto("/en?category=Mobile%20phone%20number&q=nothing-like-this");
  await expect(page.getByText("No published case matches")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/en$/);
  expect(await page.getByRole("article").count()).toBeGreaterThan(1);
  expect(await axe()).toEqual([]);
});

test("the unfiltered home page is a cached page that sets no cookie, so a load balancer may keep it; filters still apply per request", async ({ request }) => {
  for (const path of ["/en", "/ko", "/en?utm_source=newsletter"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
  }
  const filtered = await request.get("/ko?q=%EC%95%8C%EB%A6%AC%ED%8E%98%EC%9D%B4");
  expect(filtered.status()).toBe(200);
  expect(filtered.headers()["cache-control"]).not.toMatch(/s-maxage/);
  expect(await filtered.text()).toMatch(/data-testid="public-count"[^>]*>1건</);
});
