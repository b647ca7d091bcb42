// A journalist reads an earlier version by its own address, compares two versions (the corrected
// figure's previous value and the note), and cites a version: an absolute address with the
// version and today's access day, as plain text, BibTeX and CSL-JSON, copied to the clipboard.
// The case is this spec's own, published twice through the app's own publishing actions.
import { formatDate } from "@/lib/format/date";
import { todayInSeoul } from "@/lib/validation/fields";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { publishers, publishNextVersion } from "../support/publish-case";

const NOTE = "Inspectors counted 200 more people.";

test("earlier versions have their own addresses, any two compare field by field, and a version is cited by its absolute address", async ({ page, browser, axe, context, baseURL }) => {
  test.setTimeout(120_000);
  const db = e2eDatabase();
  const slug = `versions-cite-${Date.now().toString(36)}`;
  const org = await db.organization.create({ data: { slug: `${slug}-org`, name: `Versions Org ${slug}`, kind: "company" } });
  const incident = await db.incident.create({ data: { slug, title: `Versions probe ${slug}`, titleKo: `버전 점검 ${slug}`, summary: "A case published twice.", summaryKo: "두 번 공개된 사건.", investigatedOrgId: org.id, isDemo: true } });
  const estimate = await db.populationEstimate.create({ data: { incidentId: incident.id, label: "Affected people" } });
  await db.estimateRevision.create({ data: { estimateId: estimate.id, revision: 1, asOf: new Date("2024-03-01"), total: 1000n, unsplit: 1000n, provenance: "reported" } });
  const people = await publishers(browser);
  expect(await publishNextVersion({ db, publishers: people, incidentId: incident.id })).toBe(1);
  await db.estimateRevision.create({ data: { estimateId: estimate.id, revision: 2, asOf: new Date("2024-04-01"), total: 1200n, unsplit: 1200n, provenance: "verified" } });
  expect(await publishNextVersion({ db, publishers: people, incidentId: incident.id, correctionNote: NOTE })).toBe(2);
  await people.close();
  await db.$disconnect();

  await test.step("the version list links every version; version 1 opens at its own address", async () => {
    await page.goto(`/en/cases/${slug}`);
    await page.getByRole("link", { name: "Read version 1" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/cases/${slug}/versions/1$`));
    await expect(page.getByTestId("version-banner")).toContainText("You are reading version 1 of 2");
    await expect(page.getByTestId("version-banner").getByRole("link", { name: "read it" })).toHaveAttribute("href", `/en/cases/${slug}`);
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
    // Next may stream the metadata a second time in the body: both name the same address.
    await expect(page.locator('link[rel="canonical"]').first()).toHaveAttribute("href", new RegExp(`/en/cases/${slug}$`));
    await expect(page.getByText("1,000", { exact: true }).first()).toBeVisible();
    expect(await axe()).toEqual([]);
  });

  const today = todayInSeoul();
  const versionUrl = `${baseURL}/en/cases/${slug}/versions/1`;
  await test.step("Cite this gives the version's absolute address and today's access day in all three formats", async () => {
    const plain = page.getByRole("textbox", { name: "Citation as Plain text" });
    await expect(plain).toHaveValue(`Casefile, “Versions probe ${slug}”, public summary version 1, published ${formatDate(new Date(`${today}T00:00:00Z`), "day", "en")}. Casefile. ${versionUrl} (accessed ${formatDate(new Date(`${today}T00:00:00Z`), "day", "en")}).`);
    await page.getByRole("tab", { name: "BibTeX" }).click();
    const bibtex = page.getByRole("textbox", { name: "Citation as BibTeX" });
    await expect(bibtex).toHaveValue(new RegExp(`url = \\{${versionUrl.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}\\}`));
    await expect(bibtex).toHaveValue(new RegExp(`urldate = \\{${today}\\}`));
    // Keyboard: the arrow key moves between the tabs.
    await page.getByRole("tab", { name: "BibTeX" }).press("ArrowRight");
    await expect(page.getByRole("tab", { name: "CSL-JSON" })).toHaveAttribute("aria-selected", "true");
    const csl = JSON.parse(await page.getByRole("textbox", { name: "Citation as CSL-JSON" }).inputValue()) as { URL: string; version: string; accessed: { "date-parts": number[][] } }[];
    expect(csl[0]).toMatchObject({ URL: versionUrl, version: "1", accessed: { "date-parts": [today.split("-").map(Number)] } });

    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy" }).click();
    await expect(page.getByTestId("cite-status")).toHaveText("Copied to the clipboard.");
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(csl);
  });

  await test.step("comparing 1 and 2 shows the previous value and the note", async () => {
    await page.goto(`/en/cases/${slug}`);
    await page.getByRole("link", { name: "Compare with version 1" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/cases/${slug}/compare\\?from=1&to=2$`));
    const comparison = page.getByTestId("version-comparison");
    await expect(comparison).toContainText("People affected corrected: previously 1,000, now 1,200.");
    await expect(page.getByTestId("correction-notes")).toContainText(`Version 2: ${NOTE}`);
    await expect(comparison.locator('[data-field="headline.people.value"]')).toContainText("1,000");
    expect(await axe()).toEqual([]);

    await page.getByRole("combobox", { name: /^From version/ }).selectOption("2");
    await page.getByRole("button", { name: "Compare", exact: true }).click();
    await expect(page.getByTestId("compare-message")).toContainText("You chose the same version twice");
  });

  await test.step("bad version numbers: a message for text that is no number, 404 for a version that does not exist", async () => {
    await page.goto(`/en/cases/${slug}/compare?from=abc&to=2`);
    await expect(page.getByTestId("compare-message")).toContainText("“abc” is not a version number");
    await page.goto(`/en/cases/${slug}/compare`);
    await expect(page.getByTestId("compare-message")).toContainText("Choose two versions to compare.");
    for (const path of [`/en/cases/${slug}/compare?from=1&to=3`, ...["3", "0", "-1", "1.5", "abc", "99999999999999999999"].map((n) => `/en/cases/${slug}/versions/${n}`)]) {
      expect((await page.request.get(path)).status(), path).toBe(404);
    }
  });

  await test.step("in Korean", async () => {
    await page.goto(`/ko/cases/${slug}/versions/2`);
    await expect(page.getByTestId("version-banner")).toContainText("전체 2개 버전 중 버전 2");
    await expect(page.getByTestId("version-banner")).toContainText(`정정 메모: ${NOTE}`);
    await expect(page.getByRole("textbox", { name: "일반 텍스트 형식의 인용" })).toHaveValue(new RegExp(`/ko/cases/${slug}/versions/2 \\(.+ 접속\\)\\.$`));
    expect(await axe()).toEqual([]);
    await page.goto(`/ko/cases/${slug}/compare?from=1&to=2`);
    await expect(page.getByTestId("version-comparison")).toContainText("버전 1부터 버전 2까지 바뀐 내용");
    expect(await axe()).toEqual([]);
  });
});
