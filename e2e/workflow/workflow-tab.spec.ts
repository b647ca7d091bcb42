import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const rows = (page: import("@playwright/test").Page) => page.getByTestId("case-list").locator("tbody tr[data-slug]");

test("the decided demo case shows its overdue appeal window, and the deadline filters find it from the overview and the list", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/cases/demo-telecom-api-exposure/workflow");
  await expect(page.getByTestId("clock-badge")).toHaveText(/^Appeal window: overdue by \d+ days$/);
  await expect(page.locator('[data-clock="appeal_window"]')).toHaveAttribute("data-status", "overdue");
  await expect(page.locator('[data-clock="appeal_window"]')).toContainText("until the end of 15 April 2025");
  await expect(page.getByTestId("time-in-state")).toContainText("since 15 January 2025");

  await page.goto("/en/workspace/overview");
  await page.getByTestId("deadline-filter").getByRole("link", { name: "Overdue (1)" }).click();
  await expect(page).toHaveURL(/\/en\/workspace\/overview\?clock=overdue$/);
  await expect(page.getByTestId("total-open")).toHaveText(/^Open cases\s*1\s*1 case in all$/);
  await page.getByRole("link", { name: "Open these cases in the list" }).click();
  await expect(page).toHaveURL(/\/en\/workspace\?clock=overdue$/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-slug", "demo-telecom-api-exposure");
  await expect(page.getByLabel("Deadlines")).toHaveValue("overdue");
  await page.getByLabel("Deadlines").selectOption("due_soon");
  await expect(page).toHaveURL(/clock=due_soon/);
  await expect(page.getByText("No case matches these filters.")).toBeVisible();
  await expect(rows(page)).toHaveCount(0);
});

test("each step opens a dialog that asks for exactly its fields and names what is missing, from the keyboard", async ({ page, axe }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/workflow");
  const steps = page.locator("li[data-transition]");
  await expect(steps).toHaveCount(2);
  await expect(steps.filter({ hasText: "Start the legal review" }).getByRole("button", { name: /^Record/ })).toBeEnabled();
  await steps.filter({ hasText: "Start the legal review" }).getByRole("button").click();
  const dialog = page.getByRole("dialog", { name: "Start the legal review" });
  await expect(dialog.getByRole("textbox")).toHaveCount(1);
  await expect(dialog.getByLabel("Reason")).toBeFocused();
  expect(await axe()).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  await page.goto("/en/workspace/cases/demo-fitness-location-broker/workflow");
  const issue = page.locator("li[data-transition]").filter({ hasText: "Issue the findings" });
  await issue.getByRole("button").click();
  const form = page.getByRole("dialog", { name: "Issue the findings" });
  await expect(form.getByLabel("Findings issued on")).toBeVisible();
  await form.getByRole("button", { name: "Send for approval" }).click();
  await expect(form.getByText("This cannot be empty.")).toBeVisible();
  await expect(form.getByLabel("Findings issued on")).toHaveAttribute("aria-invalid", "true");
});

test("a case officer cannot open the workflow of a case not assigned to them", async ({ page }) => {
  await signInAs(page, "officer2@casefile.demo");
  const response = await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/workflow");
  expect(response?.status()).toBe(404);
});

test("the workflow tab reads in Korean @phone", async ({ page, axe }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/ko/workspace/cases/demo-telecom-api-exposure/workflow");
  await expect(page.getByRole("heading", { name: "현재 단계" })).toBeVisible();
  await expect(page.locator('[data-clock="appeal_window"]')).toContainText("불복 청구 기간");
  await expect(page.locator('[data-clock="appeal_window"]')).toContainText("2025년 4월 15일까지");
  await expect(page.locator("li[data-transition]").filter({ hasText: "불복 청구 기록" })).toBeVisible();
  expect(await axe()).toEqual([]);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual((page.viewportSize()?.width ?? 0) + 1);
});
