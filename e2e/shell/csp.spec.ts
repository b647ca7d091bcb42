import { expect, REFERENCE_CASE, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const scriptSrc = (policy: string | undefined) => policy?.split("; ").find((d) => d.startsWith("script-src ")) ?? "";

test.describe("Content-Security-Policy", () => {
  test("signed-in pages allow only scripts carrying this response's nonce, and work under it", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
    });
    await signInAs(page, "regulator@casefile.demo");
    const response = await page.goto(`/en/workspace${REFERENCE_CASE}`);
    expect(response?.status()).toBe(200);
    const policy = response?.headers()["content-security-policy"];
    const src = scriptSrc(policy);
    expect(src).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(src)?.[1];
    expect(nonce).toBeTruthy();

    // Next put the nonce on every script it wrote into the page.
    const html = await response!.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    // The page's scripts ran: a tab opens by client-side navigation (the window survives it).
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.getByRole("link", { name: "Workflow" }).click();
    await expect(page).toHaveURL(/\/workflow$/);
    await expect(page.getByRole("link", { name: "Workflow" })).toHaveAttribute("aria-current", "page");
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(violations).toEqual([]);

    // A fresh nonce per response.
    const again = await page.request.get(`/en/workspace${REFERENCE_CASE}`);
    expect(scriptSrc(again.headers()["content-security-policy"])).not.toBe(src);
  });

  test("the header's workspace link loads the workspace as a new document, so it gets its own policy", async ({ page }) => {
    await signInAs(page, "regulator@casefile.demo");
    await page.goto(`/en${REFERENCE_CASE}`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith("/en/workspace") && r.request().resourceType() === "document"), page.getByRole("link", { name: "Staff workspace" }).click()]);
    expect(scriptSrc(response.headers()["content-security-policy"])).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  });

  test("the sign-in page is nonced too", async ({ page }) => {
    const response = await page.goto("/ko/sign-in");
    expect(scriptSrc(response?.headers()["content-security-policy"])).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  });

  test("the cached public pages send the shared policy, and the charts load under it", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`/en${REFERENCE_CASE}`);
    const policy = response?.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(scriptSrc(policy)).toBe("script-src 'self' 'unsafe-inline'");
    await page.getByRole("region", { name: "Charts" }).scrollIntoViewIfNeeded();
    await expect(page.getByRole("figure", { name: "Records shared per month" }).getByRole("application")).toBeVisible();
    expect(violations).toEqual([]);
  });
});
