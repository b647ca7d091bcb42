import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

// A revision is a new statement: it starts with no source (the officer picks one if it applies),
// and the history shows why each revision was made.
test("a new revision of an estimate starts with no source, and the history shows each revision's note", async ({ page, axe }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/estimates");
  await page.getByRole("link", { name: "Revise" }).first().click();
  await expect(page.getByRole("heading", { name: "Revise this estimate" })).toBeVisible();

  // The current revision cites the FSS findings; the form must not carry that into the next one.
  await expect(page.locator("tr[data-revision]").first()).toContainText("News report: FSS finds Kakao Pay shared 40 million customers");
  const source = page.locator("#est-rev-source");
  await expect(source).toHaveValue("");
  await expect(source.locator("option")).not.toHaveCount(1);
  await expect(page.locator("#est-rev-note")).toHaveValue("");

  await expect(page.locator('tr[data-revision-note="1"]')).toContainText("Total of 40.45 million from the FSS findings");
  expect(await axe()).toEqual([]);
});

test("each revision's note is shown in the history, on the revision page and the estimates tab @phone", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/ko/workspace/cases/demo-fitness-location-broker/estimates");
  await expect(page.locator('tr[data-revision-note="1"]').first()).toContainText("First figure reported by the company (fictional).");
  await expect(page.locator('tr[data-revision-note="2"]').first()).toContainText("Split estimated by the case team (fictional).");
  await page.getByRole("link", { name: "수정" }).first().click();
  await expect(page.locator('tr[data-revision-note="1"]')).toContainText("First figure reported by the company (fictional).");
  await expect(page.locator("#est-rev-source")).toHaveValue("");
});
