import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const CASE = "/en/workspace/cases/demo-fitness-location-broker";

test("a case officer adds a finding, revises an estimate and adds a timeline event; each shows in Activity", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  const stamp = Date.now();

  await page.goto(`${CASE}/findings`);
  await page.getByLabel("Title", { exact: true }).fill(`Location shared every minute ${stamp}`);
  await page.getByLabel("Finding", { exact: true }).fill("The SDK sent precise coordinates to the broker.");
  await page.getByLabel("Severity").selectOption("high");
  await page.getByLabel(/Other citations \(free text\)/).fill("Art. 18\nArt. 22");
  await page.getByRole("button", { name: "Add a finding" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByRole("link", { name: `Location shared every minute ${stamp}` })).toBeVisible();

  await page.goto(`${CASE}/estimates`);
  const revisionsBefore = await page.locator("tr[data-revision]").count();
  expect(revisionsBefore).toBeGreaterThan(0);
  await page.getByRole("link", { name: "Revise" }).first().click();
  await page.getByRole("textbox", { name: /^Active/ }).fill("810,000");
  await page.getByLabel(/^Note/).fill(`Revised after the SDK audit ${stamp}`);
  await page.getByRole("button", { name: "Revise" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const current = page.locator("tr[data-revision]").first();
  await expect(current).toContainText("810,000");
  await expect(current).toContainText("Current figure");
  await expect(page.locator("tr[data-revision]")).toHaveCount(revisionsBefore + 1);

  await page.goto(`${CASE}/timeline`);
  await page.getByLabel("Date").fill("2025-02-01");
  await page.getByLabel("What happened", { exact: true }).fill(`Broker contract signed ${stamp}`);
  await page.getByRole("button", { name: "Add an event" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByRole("link", { name: `Broker contract signed ${stamp}` })).toBeVisible();

  await page.goto(`${CASE}/activity`);
  await expect(page.locator('li[data-action="finding.created"]').filter({ hasText: String(stamp) })).toBeVisible();
  await expect(page.locator('li[data-action="estimate.revised"]').filter({ hasText: String(stamp) })).toBeVisible();
  await expect(page.locator('li[data-action="timeline_event.created"]').filter({ hasText: String(stamp) })).toBeVisible();
});

test("a field error is shown next to its field, and nothing is saved", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto(`${CASE}/timeline`);
  await page.getByLabel("Date").fill("2999-01-01");
  await page.getByLabel("What happened", { exact: true }).fill("From the future");
  await page.getByRole("button", { name: "Add an event" }).click();
  await expect(page.getByText("This date is in the future.")).toBeVisible();
  await expect(page.getByLabel("Date")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("link", { name: "From the future" })).toHaveCount(0);
});

test("two people edit the same finding: the second sees a conflict, can copy their text, and nothing is overwritten", async ({ page, browser }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto(`${CASE}/findings`);
  const title = `Conflict probe ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Finding", { exact: true }).fill("Original wording.");
  await page.getByRole("button", { name: "Add a finding" }).click();
  // Dismiss the creation toast so the "Saved." below can only come from the edit.
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Close toast" }).click();
  await expect(page.getByText("Saved.")).toHaveCount(0);
  await page.getByRole("link", { name: title }).click();
  await page.waitForURL(/\/findings\/[a-z0-9]+$/);
  const findingUrl = page.url();

  const colleague = await browser.newPage();
  await signInAs(colleague, "regulator@casefile.demo");
  await colleague.goto(findingUrl);

  await page.getByLabel("Finding", { exact: true }).fill("The officer's wording.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await colleague.getByLabel("Finding", { exact: true }).fill("The regulator's wording.");
  await colleague.getByRole("button", { name: "Save" }).click();
  const panel = colleague.getByTestId("conflict-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("officer@casefile.demo saved a newer version");
  await expect(panel).toContainText("The officer's wording.");
  await expect(panel).toContainText("The regulator's wording.");
  await expect(panel.getByRole("button", { name: "Copy my text" })).toBeVisible();

  await colleague.getByRole("button", { name: "Load the newer version" }).click();
  await expect(colleague.getByLabel("Finding", { exact: true })).toHaveValue("The officer's wording.");
  await colleague.close();
});

test("the reference case's phone numbers are reversible by enumeration, with the time it takes", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/data-categories");
  const phone = page.locator("li").filter({ has: page.getByRole("heading", { name: "Mobile phone number" }) });
  const check = phone.locator("[data-verdict]");
  await expect(check).toHaveAttribute("data-verdict", "reversible_by_enumeration");
  await expect(check).toContainText("Reversible by enumeration");
  await expect(check).toContainText("100 million");
  await expect(check.getByTestId("cpu-time")).toHaveText(/\d+ (seconds|minutes)/);
  await expect(check).toContainText("measured on this server");
});

test("a case officer edits but cannot delete; a regulator deletes and restores", async ({ page, browser }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto(`${CASE}/findings`);
  const title = `Delete probe ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Finding", { exact: true }).fill("To be deleted.");
  await page.getByRole("button", { name: "Add a finding" }).click();
  // Dismiss the creation toast so the "Saved." below can only come from the edit.
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Close toast" }).click();
  await expect(page.getByText("Saved.")).toHaveCount(0);
  await page.getByRole("link", { name: title }).click();
  await page.waitForURL(/\/findings\/[a-z0-9]+$/);
  await expect(page.getByRole("button", { name: "Save" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
  const url = page.url();

  const regulator = await browser.newPage();
  await signInAs(regulator, "regulator@casefile.demo");
  await regulator.goto(url);
  await regulator.getByRole("button", { name: /^Delete/ }).click();
  await regulator.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(regulator).toHaveURL(/\/findings$/);
  const deleted = regulator.locator("li").filter({ hasText: title });
  await expect(deleted.locator(".line-through")).toBeVisible();
  await deleted.getByRole("button", { name: /Restore/ }).click();
  await expect(regulator.getByRole("link", { name: title })).toBeVisible();
  await regulator.close();
});

test("markup typed into a field is shown as text, never run", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto(`${CASE}/findings`);
  const payload = `<img src=x onerror="window.__casefileXss=1"> ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(payload);
  await page.getByLabel("Finding", { exact: true }).fill("<script>window.__casefileXss=2</script>");
  await page.getByRole("button", { name: "Add a finding" }).click();
  await expect(page.getByRole("link", { name: payload })).toBeVisible();
  await page.reload();
  await expect(page.getByText("<script>window.__casefileXss=2</script>").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __casefileXss?: number }).__casefileXss)).toBeUndefined();
});
