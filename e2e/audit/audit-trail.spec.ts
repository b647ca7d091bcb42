import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

test("a role change appears in the audit trail with who, what, before and after", async ({ page }) => {
  await signInAs(page, "admin@casefile.demo");
  await page.goto("/en/admin/users");
  const email = `audited-${Date.now()}@casefile.demo`;
  await page.getByLabel("Name").fill("Audited Person");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId("one-time-password")).toBeVisible();

  const row = page.locator(`tr[data-user="${email}"]`);
  await row.getByRole("combobox").first().selectOption("regulator");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status").first()).toContainText("is now Regulator");

  await page.goto("/en/admin/audit?kind=user");
  const entry = page.locator('li[data-action="user.role_changed"]').filter({ hasText: "Demo Administrator changed the role of Audited Person" }).first();
  await expect(entry.locator("dt")).toHaveText(["Role"]);
  await expect(entry.locator("del")).toHaveText("Case officer");
  await expect(entry.locator("ins")).toHaveText("Regulator");
});

test("assigning an officer shows on the case's own activity view, filterable by kind", async ({ page, browser }) => {
  await signInAs(page, "admin@casefile.demo");
  await page.goto("/en/admin/users");
  const row = page.locator('tr[data-user="officer2@casefile.demo"]');
  await row.getByLabel("Assign Demo Second Case Officer to a case").selectOption({ label: "Demo: Fictional online shop shared hashed emails with an analytics firm" });
  await row.getByRole("button", { name: "Assign" }).click();
  await expect(row).toContainText("Demo: Fictional online shop");

  const regulator = await browser.newPage();
  await signInAs(regulator, "regulator@casefile.demo");
  await regulator.goto("/en/workspace/cases/demo-shop-hashed-emails/activity?kind=assignment");
  await expect(regulator.locator('li[data-action="assignment.created"]')).toContainText("Demo Administrator assigned Demo Second Case Officer to the case");
  await regulator.goto("/en/workspace/cases/demo-shop-hashed-emails/activity?kind=auth");
  await expect(regulator.getByText("No entries match these filters.")).toBeVisible();
  await regulator.close();
});

test("failed sign-ins are audited too", async ({ page }) => {
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill("audit-probe@casefile.demo");
  await page.getByLabel("Password").fill("wrong");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("The email or password is not right.");
  await signInAs(page, "admin@casefile.demo");
  await page.goto("/en/admin/audit?kind=auth");
  await expect(page.locator('li[data-action="auth.sign_in_failed"]').filter({ hasText: "Failed sign-in as audit-probe@casefile.demo" })).toContainText("No such account");
});
