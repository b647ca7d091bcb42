import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const rows = (page: import("@playwright/test").Page) => page.getByTestId("case-list").locator("tbody tr[data-slug]");

test("every dashboard figure opens the case list filtered to the cases behind it", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/overview");
  const open = page.getByTestId("total-open");
  await expect(open).toHaveText(/^Open cases\s*4\s*5 cases in all$/);
  await open.click();
  await expect(page).toHaveURL(/\/en\/workspace\?state=/);
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByLabel("Closed", { exact: true })).not.toBeChecked();

  await page.goto("/en/workspace/overview");
  const byState = page.getByRole("figure", { name: "Cases by status" });
  await byState.getByRole("button", { name: "View as table" }).click();
  await byState.getByRole("link", { name: "Findings issued" }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-slug", "kakao-pay-alipay-2024");

  await page.goto("/en/workspace/overview");
  const perMonth = page.getByRole("figure", { name: "Cases opened and closed per month" });
  await perMonth.getByRole("button", { name: "View as table" }).click();
  // The demo shop case closed on 29 November 2024.
  await perMonth.getByRole("row").filter({ hasText: "2024-11" }).getByRole("link").click();
  await expect(page).toHaveURL(/dates=closed/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-slug", "demo-shop-hashed-emails");
  await expect(page.getByLabel("Dates")).toHaveValue("closed");
});

test("the records chart across cases agrees with its API, which offers months and years only", async ({ page, playwright, baseURL }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/overview");
  const api = (await (await page.request.get("/api/series")).json()) as { bucket: string; points: { records: number | null }[] };
  expect(api.bucket).toBe("month");
  const figure = page.getByRole("figure", { name: "Records shared per month, all your cases" });
  await figure.getByRole("button", { name: "View as table" }).click();
  await expect(figure.getByTestId("chart-table").locator("tbody tr")).toHaveCount(api.points.length);
  await expect(figure.getByRole("combobox", { name: "Group by" }).locator("option")).toHaveText(["Month", "Year"]);

  expect((await page.request.get("/api/series?bucket=day")).status()).toBe(400);
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/series")).status()).toBe(401);
  await anonymous.dispose();
});

test("a case officer's dashboard counts only their own cases", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  const list = (await (await page.request.get("/api/cases?limit=100")).json()) as { items: { slug: string }[] };
  await page.goto("/en/workspace/overview");
  const cases = list.items.length;
  await expect(page.getByTestId("total-open")).toContainText(cases === 1 ? "1 case in all" : `${cases} cases in all`);
  const largest = page.getByRole("region", { name: "Largest cases by people affected" });
  await expect(largest.getByRole("link", { name: /Kakao Pay/ })).toBeVisible();
  // Not assigned to the officer: never counted, never listed.
  await expect(largest).not.toContainText("telecom");
});

test("the dashboard reads in Korean, with Korean number units @phone", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/ko/workspace/overview");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("현황");
  await expect(page.getByRole("region", { name: "영향받은 사람이 많은 사건" })).toContainText("4,045만");
});
