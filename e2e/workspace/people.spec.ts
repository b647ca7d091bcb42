import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

test("the affected-people chart splits the current estimate by status, and its table and CSV hold the same figures", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto("/en/workspace/cases/kakao-pay-alipay-2024/estimates");
  const figure = page.getByRole("figure", { name: /Affected people by status/ });
  await expect(figure.locator(".recharts-surface").first()).toBeVisible();
  await expect(figure.locator(".recharts-legend-wrapper")).toContainText("Active");
  await figure.getByRole("button", { name: "View as table" }).click();
  const cells = await figure.getByTestId("chart-table").locator("tbody tr").first().locator("td").allTextContents();
  // As of, active, dormant, former, not split, total, low, high, provenance.
  expect(cells).toEqual(["13 August 2024", "25,000,000", "–", "–", "15,450,000", "40,450,000", "–", "–", "Verified"]);

  const download = page.waitForEvent("download");
  await figure.getByRole("button", { name: "Download CSV" }).click();
  const csv = await (await download).createReadStream();
  let text = "";
  for await (const chunk of csv) text += chunk;
  expect(text.replace(/^\uFEFF/, "").split("\r\n").slice(0, 2)).toEqual(["asOf,active,dormant,former,unsplit,total,low,high,provenance", "2024-08-13,25000000,,,15450000,40450000,,,verified"]);
});
