// A regulator opens a case in the browser: the form warns about an open case that looks like the
// same one, the regulator confirms it is new, and lands on it. Other specs count the seeded cases,
// so the cases opened here are deleted (softly, as the app does) when the test ends.
import { expect, test } from "../support/fixtures";
import { casesOpenedHere } from "../support/opened-cases";
import { signInAs } from "../support/session";

const opened = casesOpenedHere();

test("a regulator opens a case; a similar open case is shown first, and opening it anyway needs a confirmation", async ({ page, axe }) => {
  const stamp = Date.now().toString(36);
  const title = `Kakao Pay shared customers’ credit information with Alipay again ${stamp}`;
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace");
  await page.getByRole("link", { name: "New case" }).click();
  await expect(page).toHaveURL(/\/en\/workspace\/cases\/new$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open a new case");

  await page.getByLabel("Title", { exact: true }).fill(title);
  // The address follows the title until it is edited.
  await expect(page.getByLabel("Address")).toHaveValue(`kakao-pay-shared-customers-credit-information-with-alipay`);
  const slug = `kakao-pay-alipay-again-${stamp}`;
  await page.getByLabel("Address").fill(slug);
  await page.getByLabel("Summary", { exact: true }).fill("A second report of the same transfers, received from a newspaper.");
  await page.locator("#nc-investigated-search").fill("Kakao");
  // The seeded company (with its Korean name): other specs may open cases naming a company of their own "Kakao Pay (…)".
  await page.getByRole("list", { name: "Matching organisations" }).getByRole("button", { name: /^Kakao Pay카카오페이/ }).click();
  await expect(page.getByTestId("nc-investigated-chosen")).toHaveText("Kakao Pay");
  await page.getByLabel("How the case came to light").selectOption("media_report");
  await page.getByLabel("Received on").fill("2024-08-14");
  // The legal basis is picked from the library (the seed has the reference case's articles).
  const articles = page.getByRole("combobox", { name: "Find an article" });
  await articles.fill("CIUPA Art. 32");
  await expect(page.getByRole("listbox").getByRole("option").first()).toContainText("CIUPA Art. 32");
  await articles.press("ArrowDown");
  await articles.press("Enter");
  await expect(page.getByTestId("nc-articles-chosen")).toContainText("CIUPA Art. 32");

  const duplicates = page.getByTestId("possible-duplicates");
  await expect(duplicates).toBeVisible();
  await expect(duplicates.getByRole("link", { name: "Kakao Pay shared customers’ personal credit information with Alipay without consent" })).toHaveAttribute(
    "href",
    "/en/workspace/cases/kakao-pay-alipay-2024",
  );
  await expect(duplicates).toContainText("same organisation");
  await expect(duplicates).toContainText("similar title");
  expect(await axe()).toEqual([]);

  // Not confirmed: refused, and nothing opened.
  await page.getByRole("button", { name: "Open the case" }).click();
  await expect(page.getByText("Open cases look like this one. Check them, then confirm that this is a new case.")).toBeVisible();
  await expect(page).toHaveURL(/\/cases\/new$/);

  await page.getByLabel("I have checked these cases: this is a new case.").check();
  await page.getByRole("button", { name: "Open the case" }).click();
  opened.push(slug);
  await expect(page).toHaveURL(new RegExp(`/en/workspace/cases/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByText("Reported").first()).toBeVisible();
  await expect(page.locator("dd", { hasText: "A media report" })).toHaveText("A media report · Received on 14 August 2024");
  await expect(page.locator('[data-article="CIUPA 32"]').first()).toBeVisible();
});

test("a required field left empty is named next to it, and nothing is opened", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/cases/new");
  await page.getByLabel("Title", { exact: true }).fill(`Unfinished intake ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Open the case" }).click();
  await expect(page.locator("#nc-summary-error")).toHaveText("Enter a summary.");
  await expect(page.locator("#nc-received-error")).toHaveText("Enter the day the case was received, as YYYY-MM-DD.");
  await expect(page.getByText("Choose an organisation, or create a new one.")).toBeVisible();
  await expect(page.getByText("Choose how the case came to light.")).toBeVisible();
  await expect(page.getByLabel("Summary", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/cases\/new$/);
});

test("a case officer has no new-case page and no button", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace");
  await expect(page.getByRole("link", { name: "New case" })).toHaveCount(0);
  expect((await page.request.get("/en/workspace/cases/new")).status()).toBe(404);
});
