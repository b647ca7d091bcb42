import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const rows = (page: import("@playwright/test").Page) => page.getByTestId("case-list").locator("tbody tr[data-slug]");

test("searching narrows the list as you type, and the address keeps the search", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace");
  await expect(rows(page)).toHaveCount(5);
  await page.getByLabel("Search titles, summaries, findings and evidence").fill("카카오페이");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-slug", "kakao-pay-alipay-2024");
  await expect(page).toHaveURL(/q=%EC%B9%B4/);
});

test("a filtered view is a link: opening it shows the same filtered list", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace?state=sanction_decided,closed&sort=title_asc");
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(0)).toHaveAttribute("data-slug", "demo-shop-hashed-emails");
  await expect(rows(page).nth(1)).toHaveAttribute("data-slug", "demo-telecom-api-exposure");
  await expect(page.getByLabel("Closed", { exact: true })).toBeChecked();
  await page.getByLabel("Data shared").selectOption("Subscriber name and phone number");
  await expect(rows(page)).toHaveCount(1);
  await expect(page).toHaveURL(/category=Subscriber/);
});

test("nothing matching says so, and clearing the filters brings the cases back", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace?q=zzzz-no-such-case");
  await expect(page.getByText("No case matches these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows(page)).toHaveCount(5);
});

test("a case officer's list holds only their cases, whatever the link asks for", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace?state=sanction_decided");
  await expect(page.getByText("No case matches these filters.")).toBeVisible();
  await page.goto("/en/workspace");
  await expect(rows(page)).toHaveCount(2);
});

test("the case list API refuses a visitor without a session and malformed filters", async ({ page, playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/cases")).status()).toBe(401);
  await anonymous.dispose();
  await signInAs(page, "regulator@casefile.demo");
  const bad = await page.request.get("/api/cases?state=guilty&limit=5000");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: "invalid" });
});
