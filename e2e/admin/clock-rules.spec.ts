import { expect, test } from "../support/fixtures";
import { e2eDatabase } from "../support/database";
import { signInAs } from "../support/session";

// An administrator edits a clock rule at /admin/jurisdictions. The EU appeal window is seeded
// empty ("not set"); nothing else reads it, and the test sets it back when it ends.
test.afterAll(async () => {
  const db = e2eDatabase();
  try {
    await db.clockRule.update({ where: { jurisdictionCode_kind: { jurisdictionCode: "EU", kind: "appeal_window" } }, data: { length: null, unit: "days", legalReference: "", legalReferenceKo: "" } });
  } finally {
    await db.$disconnect();
  }
});

test("an administrator edits a clock rule; bad lengths are refused in words, and the edit is audited", async ({ page, axe }) => {
  await signInAs(page, "admin@casefile.demo");
  await page.goto("/en/workspace");
  await page.getByRole("link", { name: "Jurisdictions" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/jurisdictions$/);
  const eu = page.locator('[data-jurisdiction="EU"]');
  const kr = page.locator('[data-jurisdiction="KR"]');
  await expect(kr.locator('[data-rule="reply_window"]')).toContainText("10 days");
  await expect(kr.locator('[data-rule="notification_duty"]')).toContainText("72 hours");
  await expect(eu.locator('[data-rule="notification_duty"]')).toContainText("GDPR, Art. 33");
  const appeal = eu.locator('[data-rule="appeal_window"]');
  await expect(appeal.getByTestId("rule-length")).toHaveText("not set");
  expect(await axe()).toEqual([]);

  await appeal.getByRole("button", { name: "Edit the rule: Appeal window" }).click();
  const form = appeal.getByTestId("clock-rule-form");
  for (const bad of ["0", "-3", "2.5"]) {
    await form.getByLabel("Length").fill(bad);
    await form.getByRole("button", { name: "Save rule" }).click();
    await expect(form.getByText("Enter a whole number of 1 or more, or leave it empty for “not set”.")).toBeVisible();
  }
  await expect(appeal.getByTestId("rule-length")).toHaveText("not set");

  await form.getByLabel("Length").fill("60");
  await form.getByLabel("Counted in").selectOption("days");
  await form.getByLabel("Legal reference (English)").fill("National appeal law (simulated)");
  await form.getByRole("button", { name: "Save rule" }).click();
  await expect(page.getByText("Rule saved.", { exact: false })).toBeVisible();
  await expect(appeal.getByTestId("rule-length")).toHaveText("60 days");
  await expect(appeal).toContainText("National appeal law (simulated)");

  const db = e2eDatabase();
  try {
    const rule = await db.clockRule.findUniqueOrThrow({ where: { jurisdictionCode_kind: { jurisdictionCode: "EU", kind: "appeal_window" } } });
    expect(rule).toMatchObject({ length: 60, unit: "days" });
    expect(await db.auditEvent.count({ where: { action: "clock_rule.updated", entityId: "EU:appeal_window" } })).toBe(1);
  } finally {
    await db.$disconnect();
  }
});

test("a case officer cannot open the jurisdictions page", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  const response = await page.goto("/en/admin/jurisdictions");
  expect(response?.status()).toBe(404);
});
