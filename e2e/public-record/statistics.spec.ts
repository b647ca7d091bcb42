import { readFile } from "node:fs/promises";
import { expect, test } from "../support/fixtures";

// The seed publishes the reference case (Kakao Pay, KRW fine, shared with Alipay), so every
// statistic has at least one case; the integration test (lib/public-record/statistics.int.test.ts)
// covers publishing and taking down.
test.describe("the statistics page", () => {
  test("is complete in Korean, and a chart's CSV download is exactly its table", async ({ page, axe }, testInfo) => {
    await page.goto("/ko/statistics");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("공개 통계");
    for (const heading of ["사건", "영향받은 사람과 제공 건수", "과징금·과태료", "제공된 정보", "제공받은 곳", "처분까지 걸린 시간"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
    }

    const fines = page.getByRole("figure", { name: "연도별 과징금" });
    await fines.getByRole("button", { name: "표로 보기" }).click();
    await expect(fines.getByTestId("chart-table").locator("thead th")).toHaveText(["연도", "과징금 건수", "합계 (KRW)"]);
    await expect(fines.getByTestId("chart-table").locator("tbody")).toContainText("원");

    const stages = page.getByRole("figure", { name: "공개 단계별 사건" });
    await stages.getByRole("button", { name: "표로 보기" }).click();
    const table = stages.getByTestId("chart-table");
    await expect(table.locator("thead th")).toHaveText(["단계", "사건 수"]);
    const cells = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    const [download] = await Promise.all([page.waitForEvent("download"), stages.getByRole("button", { name: "CSV 내려받기" }).click()]);
    expect(download.suggestedFilename()).toBe("cases-by-stage.csv");
    const csv = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(csv[0]).toBe("stage,cases");
    expect(csv.slice(1).map((line) => line.split(","))).toEqual(cells);
    expect(cells.some(([stage]) => stage === "제재 결정" || stage === "종결")).toBe(true);

    // No English left in the page's own words (names of organisations and law codes aside).
    const main = (await page.locator("main").innerText()).replace(/KRW|CSV|JSON/g, "");
    expect(main).not.toMatch(/\b(Cases|Fines|Year|Stage|Not stated|View as table)\b/);
    expect(await axe()).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath("statistics-ko-1280.png"), fullPage: true });
  });

  test("passes axe in English, with the table views open", async ({ page, axe }, testInfo) => {
    await page.goto("/en/statistics");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open statistics");
    await expect(page.getByTestId("median-summary")).toBeVisible();
    expect(await axe()).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath("statistics-en-1280.png"), fullPage: true });
    // Each click renames its button ("View as chart"), so take the first remaining one each time.
    const toTable = page.getByRole("button", { name: "View as table" });
    const charts = await toTable.count();
    for (let i = 0; i < charts; i += 1) await toTable.first().click();
    await expect(page.getByTestId("chart-table")).toHaveCount(charts);
    expect(await axe()).toEqual([]);
  });

  test("fits a phone's width @phone", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const locale of ["en", "ko"]) {
      await page.goto(`/${locale}/statistics`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // The first screen's bars are plain HTML; a chart further down draws when scrolled to.
      await expect(page.getByRole("figure").first().getByTestId("light-bars")).toBeVisible();
      const drawn = page.getByRole("figure").nth(2);
      await drawn.scrollIntoViewIfNeeded();
      await expect(drawn.locator(".recharts-wrapper")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: testInfo.outputPath(`statistics-${locale}-390.png`), fullPage: true });
    }
  });

  test("the JSON answers with the same count and caches for a minute", async ({ request }) => {
    const response = await request.get("/api/public/statistics?unknown=1");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=60");
    const body = (await response.json()) as { publishedCases: number; finesByYear: { totals: { amount: string; currency: string }[] }[] };
    expect(body.publishedCases).toBeGreaterThan(0);
    for (const total of body.finesByYear.flatMap((b) => b.totals)) expect(total.amount).toMatch(/^\d+(\.\d+)?$/);
  });
});
