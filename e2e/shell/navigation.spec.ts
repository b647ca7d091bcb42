import { expect, REFERENCE_CASE, test } from "../support/fixtures";

test.describe("the shell", () => {
  test.describe("for a Korean browser", () => {
    test.use({ locale: "ko-KR" });
    test("a bare address picks the browser's language", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(/\/ko$/);
    });
  });

  test("switching language keeps the page", async ({ page }) => {
    await page.goto(`/en${REFERENCE_CASE}`);
    await page.getByRole("link", { name: "Read this page in Korean" }).click();
    await expect(page).toHaveURL(new RegExp(`/ko${REFERENCE_CASE}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("카카오페이");
    await page.getByRole("link", { name: "이 페이지를 영어로 보기" }).click();
    await expect(page).toHaveURL(new RegExp(`/en${REFERENCE_CASE}$`));
  });

  test("the header, navigation and footer are there, and the skip link works from the keyboard @phone", async ({ page }) => {
    await page.goto("/en/about");
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("contentinfo")).toContainText("Korea Standard Time");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("an unknown case answers 404 with a page in the reader's language", async ({ page }) => {
    const english = await page.goto("/en/cases/no-such-case");
    expect(english?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the case list" })).toBeVisible();

    const korean = await page.goto("/ko/no/such/page");
    expect(korean?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "페이지를 찾을 수 없습니다" })).toBeVisible();
  });
});
