import { expect, test } from "../support/fixtures";
import { demoUser, signInWithForm } from "../support/session";

const ROLES = [
  // Everyone lands on My work (what needs them); administrators read cases too.
  { email: "admin@casefile.demo", label: "Administrator", landing: /\/en\/workspace\/my-work$/ },
  { email: "regulator@casefile.demo", label: "Regulator", landing: /\/en\/workspace\/my-work$/ },
  { email: "officer@casefile.demo", label: "Case officer", landing: /\/en\/workspace\/my-work$/ },
];

for (const role of ROLES) {
  test(`a ${role.label.toLowerCase()} signs in with the form and signs out @phone`, async ({ page }) => {
    const user = demoUser(role.email);
    await signInWithForm(page, user.email, user.password);
    await expect(page).toHaveURL(role.landing);
    await expect(page.getByTestId("viewer-role")).toHaveText(role.label);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto("/en/workspace");
    await expect(page).toHaveURL(/\/en\/sign-in/);
  });
}

test("signing out ends the session on the server: the old cookie no longer works", async ({ page, context }) => {
  const user = demoUser("regulator2@casefile.demo");
  await signInWithForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/en\/workspace\/my-work$/);
  const stolen = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await context.addCookies(stolen);
  await page.goto("/en/workspace");
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

test("a wrong password and an unknown account get the same message", async ({ page }) => {
  await signInWithForm(page, demoUser("officer2@casefile.demo").email, "not the password");
  const message = page.getByTestId("sign-in-error");
  await expect(message).toHaveText("The email or password is not right.");
  await signInWithForm(page, "nobody-at-all@casefile.demo", "not the password");
  await expect(message).toHaveText("The email or password is not right.");
});

test("the sign-in form explains missing fields next to them, in Korean too", async ({ page }) => {
  await page.goto("/ko/sign-in");
  await page.getByRole("button", { name: "로그인" }).click();
  await expect(page.getByText("올바른 이메일 주소를 입력하세요.")).toBeVisible();
  await expect(page.getByText("비밀번호를 입력하세요.")).toBeVisible();
  await expect(page.getByLabel("이메일")).toHaveAttribute("aria-invalid", "true");
});

test("the workspace sends a visitor without a session to sign in, and back afterwards", async ({ page }) => {
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  const user = demoUser("regulator@casefile.demo");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/workspace\/cases\/kakao-pay-alipay-2024$/);
});
