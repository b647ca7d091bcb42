import { expect, test } from "../support/fixtures";
import { OIDC_TEST, startTestOidcProvider } from "../support/oidc-provider";

let provider: Awaited<ReturnType<typeof startTestOidcProvider>>;
test.beforeAll(async ({}, testInfo) => {
  provider = await startTestOidcProvider(String(testInfo.project.use.baseURL));
});
test.afterAll(() => provider.stop());

async function signInAtProvider(page: import("@playwright/test").Page, login: string) {
  await page.goto("/en/sign-in");
  await page.getByRole("button", { name: `Continue with ${OIDC_TEST.displayName}` }).click();
  await page.waitForURL(new RegExp(`^${OIDC_TEST.issuer}`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("single sign-on lets an existing Casefile user in", async ({ page }) => {
  await signInAtProvider(page, "regulator@casefile.demo");
  await expect(page).toHaveURL(/\/en\/workspace\/my-work$/);
  await expect(page.getByTestId("viewer-role")).toHaveText("Regulator");
});

test("single sign-on refuses an account Casefile does not know", async ({ page }) => {
  await signInAtProvider(page, "stranger@agency.example");
  await expect(page).toHaveURL(/\/sign-in\?error=AccessDenied/);
  await expect(page.getByTestId("sign-in-error")).toContainText("not set up in Casefile");
  await page.goto("/en/workspace");
  await expect(page).toHaveURL(/\/en\/sign-in/);
});
