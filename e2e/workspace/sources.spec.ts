import { expect, test } from "../support/fixtures";
import { openAddForm } from "../support/forms";
import { signInAs } from "../support/session";

const CASE = "/workspace/cases/demo-fitness-location-broker";

test("a case officer adds a source with its link; a regulator corrects it, deletes it and restores it; the trail says so in Korean too", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  const stamp = Date.now();
  await page.goto(`/en${CASE}/sources`);
  await expect(page.getByRole("link", { name: "Sources", exact: true })).toHaveAttribute("aria-current", "page");
  await openAddForm(page, "Add a source");
  await page.getByLabel("Title", { exact: true }).fill(`Broker contract ${stamp}`);
  await page.getByLabel("Kind of document").selectOption("company_statement");
  await page.getByLabel("Link").fill("ftp://example.org/contract.pdf");
  await page.getByRole("button", { name: "Add a source" }).click();
  await expect(page.getByText("Links must start with http:// or https://")).toBeVisible();
  await page.getByLabel("Link").fill("https://example.org/contract.pdf");
  await page.getByLabel("Published on").fill("2025.2.1");
  await page.getByRole("button", { name: "Add a source" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const item = page.locator("li[id^='source-']").filter({ hasText: String(stamp) });
  await expect(item).toContainText("https://example.org/contract.pdf");
  await expect(item).toContainText("1 February 2025");

  await signInAs(page, "regulator@casefile.demo");
  await page.goto(`/en${CASE}/sources`);
  await page.getByRole("link", { name: `Broker contract ${stamp}` }).click();
  await expect(page.getByRole("link", { name: "← Sources" })).toBeVisible();
  await page.getByLabel("Publisher").fill("The broker");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(new RegExp(`${CASE}/sources$`));
  await expect(page.getByRole("link", { name: `Broker contract ${stamp}` })).toHaveCount(0);
  await page.getByRole("button", { name: "Restore" }).first().click();
  await expect(page.getByRole("link", { name: `Broker contract ${stamp}` })).toBeVisible();

  await page.goto(`/ko${CASE}/activity`);
  await expect(page.locator('li[data-action="source.created"]').filter({ hasText: String(stamp) })).toContainText("출처 추가");
  await expect(page.locator('li[data-action="source.updated"]').filter({ hasText: String(stamp) })).toBeVisible();
});

test("an officer of another case cannot reach its sources, and an anonymous visitor is sent to sign in", async ({ page }) => {
  await page.goto(`/en${CASE}/sources`);
  await expect(page).toHaveURL(/sign-in/);
  await signInAs(page, "officer@casefile.demo");
  expect((await page.goto("/en/workspace/cases/demo-telecom-api-exposure/sources"))?.status()).toBe(404);
});

test("on a public case, a section that can be published says edits reach readers only through a new version", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/sources");
  await expect(page.getByTestId("publish-note")).toContainText("only when a new version is published");
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/activity");
  await expect(page.getByTestId("publish-note")).toHaveCount(0);
  await page.goto(`/en${CASE}/sources`);
  await expect(page.getByTestId("publish-note")).toHaveCount(0);
});
