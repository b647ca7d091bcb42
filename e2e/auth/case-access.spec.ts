import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const ASSIGNED = "/en/workspace/cases/kakao-pay-alipay-2024";
const NOT_ASSIGNED = "/en/workspace/cases/demo-telecom-api-exposure";

test("a case officer opens an assigned case but gets 404 for one assigned to someone else", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  expect((await page.goto(ASSIGNED))?.status()).toBe(200);
  const hidden = await page.goto(NOT_ASSIGNED);
  expect(hidden?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  expect((await page.goto(`${NOT_ASSIGNED}/activity`))?.status()).toBe(404);
  await page.goto("/en/workspace");
  await expect(page.getByRole("link", { name: /Fictional telecom/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Kakao Pay/ })).toBeVisible();
});

test("a missing case and a hidden case look the same", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  const missing = await page.goto("/en/workspace/cases/no-such-case");
  const hidden = await page.goto(NOT_ASSIGNED);
  expect([missing?.status(), hidden?.status()]).toEqual([404, 404]);
});

test("a regulator sees every case", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  expect((await page.goto(ASSIGNED))?.status()).toBe(200);
  expect((await page.goto(NOT_ASSIGNED))?.status()).toBe(200);
});

test("an administrator manages users and reads every case (read-only: e2e/auth/admin-read-only.spec.ts)", async ({ page }) => {
  await signInAs(page, "admin@casefile.demo");
  expect((await page.goto(ASSIGNED))?.status()).toBe(200);
  expect((await page.goto(NOT_ASSIGNED))?.status()).toBe(200);
  expect((await page.goto("/en/admin/users"))?.status()).toBe(200);
});

test("only administrators reach user administration and the global audit trail", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  expect((await page.goto("/en/admin/users"))?.status()).toBe(404);
  expect((await page.goto("/en/admin/audit"))?.status()).toBe(404);
  // The clock rules they apply: regulators read them, administrators change them.
  expect((await page.goto("/en/admin/jurisdictions"))?.status()).toBe(200);
});
