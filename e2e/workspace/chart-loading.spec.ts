import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

/**
 * Opens a page and reports whether any script it loaded is Recharts (its class names survive
 * minifying). A chart page loads it only once its data has come, which on a slow machine can be
 * after the network has been quiet for a while: there the test waits for the drawn chart.
 */
async function loadsRecharts(page: Page, path: string, drawsChart = false) {
  const bodies: Promise<string>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text().catch(() => ""));
  };
  page.on("response", listener);
  await page.goto(path, { waitUntil: "networkidle" });
  if (drawsChart) await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
  page.off("response", listener);
  return (await Promise.all(bodies)).some((body) => body.includes("recharts-wrapper"));
}

test("Recharts is sent only to pages that draw a chart", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  expect(await loadsRecharts(page, "/en/workspace/cases/kakao-pay-alipay-2024")).toBe(false);
  expect(await loadsRecharts(page, "/en/workspace")).toBe(false);
  expect(await loadsRecharts(page, "/en/workspace/cases/kakao-pay-alipay-2024/series", true)).toBe(true);
});
