// Server actions called directly over HTTP, the way a forged request would: without a session,
// with the wrong role, and from another site. Each is refused before it touches data.
import { callAction as callActionAt } from "../support/server-actions";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const callAction = (request: import("@playwright/test").APIRequestContext, name: string, args: unknown[], headers: Record<string, string> = {}) =>
  callActionAt(request, "/en/admin/users", name, args, headers);

/** The officer's row on the admin page, as an administrator sees it. */
async function officerRow(page: import("@playwright/test").Page) {
  await page.goto("/en/admin/users");
  return page.locator('tr[data-user="officer2@casefile.demo"]');
}

test("without a session, an admin action is refused and nothing changes", async ({ page, playwright, baseURL }) => {
  await signInAs(page, "admin@casefile.demo");
  const row = await officerRow(page);
  await expect(row).toContainText("Case officer · Active");
  const userId = await row.locator("select").first().getAttribute("id");

  const anonymous = await playwright.request.newContext({ baseURL });
  const response = await callAction(anonymous, "setUserActiveAction", [{ userId: userId?.replace("role-", ""), active: false, version: 1 }]);
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain('"error":"unauthenticated"');
  await anonymous.dispose();

  await expect((await officerRow(page))).toContainText("Case officer · Active");
});

test("a case officer calling an admin action is refused and nothing changes", async ({ page, browser }) => {
  await signInAs(page, "admin@casefile.demo");
  const userId = (await (await officerRow(page)).locator("select").first().getAttribute("id"))?.replace("role-", "");

  const officerPage = await browser.newPage();
  await signInAs(officerPage, "officer@casefile.demo");
  const response = await callAction(officerPage.request, "changeUserRoleAction", [{ userId, role: "admin", version: 1 }]);
  expect(await response.text()).toContain('"error":"forbidden"');
  await officerPage.close();

  await expect(await officerRow(page)).toContainText("Case officer · Active");
});

test("malformed and oversized input gets a clear refusal, never a 500", async ({ page }) => {
  await signInAs(page, "admin@casefile.demo");
  for (const args of [[{ email: "not-an-email", name: "", role: "overlord" }], [{ email: `${"a".repeat(5000)}@x.org`, name: "x".repeat(10_000), role: "admin" }], ["just a string"], []]) {
    const response = await callAction(page.request, "createUserAction", args);
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain('"error":"invalid"');
  }
});

test("a cross-site request is refused by the origin check (CSRF)", async ({ page }) => {
  await signInAs(page, "admin@casefile.demo");
  // Another site, an opaque origin (sandboxed frames, file: pages) and an Origin that is no URL:
  // each a 403 that says why, never Next's 500.
  for (const origin of ["https://evil.example", "null", "not a url"]) {
    const response = await callAction(page.request, "createUserAction", [{ email: "csrf@casefile.demo", name: "CSRF", role: "admin" }], { Origin: origin });
    expect(response.status(), origin).toBe(403);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(await response.json()).toMatchObject({ error: "cross_origin" });
  }
  await page.goto("/en/admin/users");
  await expect(page.locator('tr[data-user="csrf@casefile.demo"]')).toHaveCount(0);
});

test("a same-origin request with an Origin header is not refused by the origin check", async ({ page, baseURL }) => {
  await signInAs(page, "admin@casefile.demo");
  const response = await callAction(page.request, "createUserAction", [["not an object"]], { Origin: new URL(baseURL!).origin });
  expect(response.status()).toBeLessThan(400);
  expect(await response.text()).toContain('"error":"invalid"');
});
