import { expect, REFERENCE_CASE, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const PAGES = ["/en", "/ko", `/en${REFERENCE_CASE}`, `/ko${REFERENCE_CASE}`, "/en/about", "/ko/about", "/en/cases/no-such-case"];

for (const path of PAGES) {
  test(`${path} has no WCAG 2.1 AA violations that axe can find @phone`, async ({ page, axe }) => {
    await page.goto(path);
    expect(await axe()).toEqual([]);
  });
}

// Signed-in pages with charts and tables: checked once the charts have drawn.
const WORKSPACE_PAGES = ["/en/workspace", "/en/workspace/overview", "/ko/workspace/overview", "/en/workspace/cases/kakao-pay-alipay-2024/series", "/ko/workspace/cases/kakao-pay-alipay-2024/estimates"];

for (const path of WORKSPACE_PAGES) {
  test(`${path} has no WCAG 2.1 AA violations that axe can find`, async ({ page, axe }) => {
    await signInAs(page, "regulator@casefile.demo");
    await page.goto(path);
    if (!path.endsWith("/workspace")) await expect(page.locator(".recharts-surface").first()).toBeVisible();
    else await expect(page.getByTestId("case-list").locator("tbody tr[data-slug]").first()).toBeVisible();
    // Every chart drawn, no loading skeleton still pulsing (axe judges contrast mid-animation).
    await expect(page.locator(".animate-pulse")).toHaveCount(0);
    expect(await axe()).toEqual([]);
  });
}
