import { expect, test } from "../support/fixtures";
import { signInAs, signInWithForm } from "../support/session";

test("after five failed sign-ins the account is locked, even for the right password", async ({ page, browser }) => {
  // A fresh account, made through the admin page, so locking it disturbs no other test.
  await signInAs(page, "admin@casefile.demo");
  await page.goto("/en/admin/users");
  const email = `throttle-${Date.now()}@casefile.demo`;
  await page.getByLabel("Name").fill("Throttle Test");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Add user" }).click();
  const oneTime = page.getByTestId("one-time-password");
  await expect(oneTime).toBeVisible();
  const password = (await oneTime.textContent())?.match(/: (\S+) —/)?.[1] ?? "";
  expect(password).toHaveLength(20);

  const visitor = await browser.newPage();
  for (let i = 0; i < 5; i++) {
    await signInWithForm(visitor, email, `wrong-${i}`);
    await expect(visitor.getByTestId("sign-in-error")).toHaveText("The email or password is not right.");
  }
  await signInWithForm(visitor, email, password);
  await expect(visitor.getByTestId("sign-in-error")).toContainText("Too many failed attempts. Try again in 15 minutes.");
  await expect(visitor).toHaveURL(/\/en\/sign-in/);
  await visitor.close();
});
