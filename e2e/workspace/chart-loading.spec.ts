import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

/** Opens a page and reports whether any script it loaded is Recharts (its class names survive minifying). */
async function loadsRecharts(page: Page, path: string) {
  const bodies: Promise<string>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    if (response.request().resourceType() === "script") bodies.push(response.text().catch(() => ""));
  };
  page.on("response", listener);
  await page.goto(path, { waitUntil: "networkidle" });
  page.off("response", listener);
  return (await Promise.all(bodies)).some((body) => body.includes("recharts-wrapper"));
}

test("Recharts is sent only to pages that draw a chart", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  expect(await loadsRecharts(page, "/en/workspace/cases/kakao-pay-alipay-2024")).toBe(false);
  expect(await loadsRecharts(page, "/en/workspace")).toBe(false);
  expect(await loadsRecharts(page, "/en/workspace/cases/kakao-pay-alipay-2024/series")).toBe(true);
});
