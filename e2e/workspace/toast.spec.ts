import type { Locator } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const CASE = "/en/workspace/cases/demo-fitness-location-broker";

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not on screen");
  return b;
}

test("the “Saved.” message leaves the case tabs uncovered @phone", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto(`${CASE}/timeline`);
  await page.getByLabel("Date", { exact: true }).fill("2025-02-01");
  await page.getByLabel("What happened", { exact: true }).fill(`Toast probe ${Date.now()}`);
  await page.getByRole("button", { name: "Add an event" }).click();
  const toast = page.locator("[data-sonner-toast]").filter({ hasText: "Saved." });
  await expect(toast).toBeVisible();
  const tabs = page.getByRole("navigation").filter({ has: page.getByRole("link", { name: "Workflow", exact: true }) });
  // Reading a tab, its bar sits at the top of the screen: the message must not hide it.
  await tabs.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expect(toast).toBeVisible();
  const [t, n] = [await box(toast), await box(tabs)];
  const overlaps = t.x < n.x + n.width && n.x < t.x + t.width && t.y < n.y + n.height && n.y < t.y + t.height;
  expect(overlaps, `message ${JSON.stringify(t)} covers the tabs ${JSON.stringify(n)}`).toBe(false);
});
