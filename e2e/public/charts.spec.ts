import { expect, REFERENCE_CASE, test } from "../support/fixtures";

test.describe("the public case page's charts", () => {
  test("load when scrolled into view, with table views of the published figures @phone", async ({ page, axe }) => {
    const seriesRequests: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/api/public/cases/kakao-pay-alipay-2024/series")) seriesRequests.push(r.url());
    });
    await page.goto(`/en${REFERENCE_CASE}`);
    const charts = page.getByRole("region", { name: "Charts" });
    // Nothing is fetched for the charts before they come near the screen.
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(seriesRequests).toEqual([]);

    await charts.scrollIntoViewIfNeeded();
    const records = charts.getByRole("figure", { name: "Records shared per month" });
    await expect(records.getByRole("application")).toBeVisible();
    await expect(charts.getByTestId("series-total")).toHaveText("Total in view: 54.2 billion");
    expect(seriesRequests.length).toBeGreaterThan(0);

    await records.getByRole("button", { name: "View as table" }).click();
    const recordRows = records.getByTestId("chart-table").locator("tbody tr");
    await expect(recordRows.first()).toContainText("April 2018");
    await expect(recordRows.last()).toContainText("July 2024");
    await expect(recordRows.first()).toContainText("Modelled");

    // The bucket control offers only what the published snapshot holds: months and years.
    await expect(records.getByLabel("Group by").locator("option")).toHaveText(["Month", "Year"]);

    const people = charts.getByRole("figure", { name: "People affected by status" });
    await people.getByRole("button", { name: "View as table" }).click();
    const peopleTable = people.getByTestId("chart-table");
    await expect(peopleTable.getByRole("row", { name: /Active/ })).toContainText("25,000,000");
    await expect(peopleTable.getByRole("row", { name: /Not split/ })).toContainText("15,450,000");
    await expect(people).toContainText("Estimate as of");
    expect(await axe()).toEqual([]);
  });

  test("are labelled in Korean on the Korean page", async ({ page }) => {
    await page.goto(`/ko${REFERENCE_CASE}`);
    const charts = page.getByRole("region", { name: "차트" });
    await charts.scrollIntoViewIfNeeded();
    await expect(charts.getByRole("figure", { name: "월별 공유 건수" }).getByRole("application")).toBeVisible();
    await expect(charts.getByRole("figure", { name: "상태별 영향받은 사람" })).toBeVisible();
    await expect(charts.getByTestId("series-total")).toContainText("542억");
  });
});
