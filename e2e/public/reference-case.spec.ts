import { expect, REFERENCE_CASE, test } from "../support/fixtures";

test.describe("the reference case on the public pages", () => {
  test("the English case list shows it with its figures and their provenance @phone", async ({ page }) => {
    await page.goto("/en");
    const card = page.getByRole("article").filter({ hasText: "Kakao Pay shared customers’ personal credit information" });
    await expect(card).toBeVisible();
    await expect(card.getByText("40.45 million")).toBeVisible();
    await expect(card.getByText("54.2 billion")).toBeVisible();
    await expect(card.locator('[data-provenance="verified"]')).toHaveCount(2);
    await expect(card.getByText("April 2018 – July 2024")).toBeVisible();
  });

  test("the Korean case list reads the figures in 만 and 억", async ({ page }) => {
    await page.goto("/ko");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    const card = page.getByRole("article").filter({ hasText: "카카오페이" });
    await expect(card.getByText("4,045만")).toBeVisible();
    await expect(card.getByText("542억")).toBeVisible();
    await expect(card.getByText("2018년 4월 – 2024년 7월")).toBeVisible();
  });

  test("the case page shows what was shared, how it was protected, and what is inferred @phone", async ({ page }) => {
    await page.goto(`/en${REFERENCE_CASE}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kakao Pay");
    await expect(page.getByText("Findings issued")).toBeVisible();
    const shared = page.getByRole("region", { name: "What was shared" });
    await expect(shared.getByRole("row", { name: /Mobile phone number/ })).toContainText("Reversed by inspectors");
    await expect(shared.getByRole("row", { name: /Name Not obtained/ })).toContainText("Not reversed");
    await expect(page.getByText("Days with records: 2,314")).toBeVisible();
    await expect(page.locator('[data-provenance="modelled"]').first()).toBeVisible();
    const timeline = page.getByRole("region", { name: "Timeline" });
    await expect(timeline.getByText("13 August 2024")).toBeVisible();
    await expect(timeline.getByText("Inferred").first()).toBeVisible();
    const figures = page.getByRole("region", { name: "Key figures" });
    await expect(figures.getByText("81 million")).toBeVisible();
    await expect(figures.getByText("32%")).toBeVisible();
    await expect(figures.getByText("46", { exact: true })).toBeVisible();
  });

  test("the Korean case page counts the days with records, not a rate", async ({ page }) => {
    await page.goto(`/ko${REFERENCE_CASE}`);
    await expect(page.getByText("제공 기록이 있는 날: 2,314일")).toBeVisible();
  });

  test("the page fits a phone screen without sideways scrolling @phone", async ({ page }) => {
    await page.goto(`/en${REFERENCE_CASE}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
