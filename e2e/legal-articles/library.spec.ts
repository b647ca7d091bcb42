import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const unique = () => `E2E${Date.now().toString(36).toUpperCase()}`;

test("the library lists the reference case's articles, searches in both languages, adds one and refuses it twice", async ({ page, axe }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Legal articles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Legal articles" })).toBeVisible();
  const list = page.getByTestId("legal-articles");
  await expect(list.locator('li[data-law="CIUPA"][data-number="32"]')).toBeVisible();
  expect(await axe()).toEqual([]);

  await page.getByLabel("Search articles").fill("위탁");
  await expect(list.locator("li")).toHaveCount(1);
  await expect(list.locator('li[data-number="17"]')).toContainText("Entrustment of processing");
  await page.getByLabel("Search articles").fill("");

  const law = unique();
  await page.locator("summary", { hasText: "Add an article" }).click();
  const form = page.locator("form").filter({ has: page.locator("#la-new-lawCode") });
  await form.locator("#la-new-lawCode").fill(law);
  await form.locator("#la-new-number").fill("17(1)");
  await form.locator("#la-new-lawName").fill("End-to-End Test Act");
  await form.locator("#la-new-title").fill("Provision to third parties");
  await form.locator("#la-new-url").fill("https://www.law.go.kr/");
  await form.getByRole("button", { name: "Add an article" }).click();
  await expect(list.locator(`li[data-law="${law}"]`)).toContainText("Provision to third parties");

  await page.goto("/en/workspace/legal-articles");
  await page.locator("summary", { hasText: "Add an article" }).click();
  await form.locator("#la-new-lawCode").fill(law.toLowerCase());
  await form.locator("#la-new-number").fill("Art. 17 (1)");
  await form.locator("#la-new-lawName").fill("End-to-End Test Act");
  await form.locator("#la-new-title").fill("The same article again");
  await form.getByRole("button", { name: "Add an article" }).click();
  await expect(form.getByText("This article is already in the library: pick it instead of adding it again.")).toBeVisible();
  await expect(list.locator(`li[data-law="${law}"]`)).toHaveCount(1);
});

test("a finding picks articles with the keyboard, and shows them linked", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/findings");
  const combobox = page.getByRole("combobox", { name: "Find an article" });
  await combobox.fill("consent provision");
  await expect(page.getByRole("listbox").getByRole("option").first()).toContainText("CIUPA Art. 32");
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
  await expect(page.getByTestId("finding-new-articles-chosen")).toContainText("CIUPA Art. 32");
  await page.getByRole("button", { name: "Remove CIUPA Art. 32" }).click();
  await expect(page.getByTestId("finding-new-articles-chosen")).toHaveCount(0);
  await expect(page.locator('[data-article="CIUPA 32"]').first()).toBeVisible();

  // An article the library lacks is added from the picker, prefilled from what was typed, and picked at once.
  await combobox.fill("PIPA Art. 17(1)");
  await page.getByRole("button", { name: "Add “PIPA Art. 17(1)” to the library" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.locator("#la-inline-lawCode")).toHaveValue("PIPA");
  await expect(dialog.locator("#la-inline-number")).toHaveValue("17(1)");
  await dialog.locator("#la-inline-title").fill("Provision of personal information");
  await dialog.getByRole("button", { name: "Add an article" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId("finding-new-articles-chosen")).toContainText("PIPA Art. 17(1)");
  // The finding form underneath was not submitted by the dialog's form.
  await expect(page.locator("#finding-new-title-error")).toHaveCount(0);
});

test("screenshots: the library and the finding form's picker at 1280 and 390 px, in English and Korean", async ({ page }, testInfo) => {
  await signInAs(page, "regulator@casefile.demo");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      await page.goto(`/${locale}/workspace/legal-articles`);
      const library = testInfo.outputPath(`library-${locale}-${width}.png`);
      await page.screenshot({ path: library, fullPage: true });
      await testInfo.attach(`library-${locale}-${width}`, { path: library, contentType: "image/png" });
      await page.goto(`/${locale}/workspace/cases/kakao-pay-alipay-2024/findings`);
      const combobox = page.locator("#finding-new-articles-search");
      await combobox.fill("32");
      await combobox.press("Enter");
      await combobox.fill("1");
      const picker = testInfo.outputPath(`finding-picker-${locale}-${width}.png`);
      await page.screenshot({ path: picker, fullPage: true });
      await testInfo.attach(`finding-picker-${locale}-${width}`, { path: picker, contentType: "image/png" });
    }
  }
});
