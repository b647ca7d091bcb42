import type { Page } from "@playwright/test";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { casesOpenedHere } from "../support/opened-cases";
import { signInAs } from "../support/session";

const REFERENCE = "kakao-pay-alipay-2024";
// The imported copy is deleted when the spec ends: other specs count the seeded cases.
const opened = casesOpenedHere();

async function exportedCaseFile(page: Page): Promise<Record<string, unknown>> {
  const response = await page.request.get(`/api/cases/${REFERENCE}/export?format=json`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

const upload = (json: unknown) => ({ name: "case.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(json)) });

test("a regulator exports the reference case's file and imports it under a new address as a new case", async ({ page, axe }) => {
  await signInAs(page, "regulator@casefile.demo");
  const file = await exportedCaseFile(page);
  const slug = `kakao-pay-copy-${Date.now()}`;
  opened.push(slug);

  await page.goto("/en/workspace");
  await page.getByRole("link", { name: "Import a case file" }).click();
  await expect(page.getByRole("heading", { name: "Open a case from a case file", level: 1 })).toBeVisible();
  expect(await axe()).toEqual([]);

  await page.getByLabel("Case file (case.json)").setInputFiles(upload(file));
  await page.getByLabel(/Address of the new case/).fill(slug);
  await page.getByRole("button", { name: "Import the case" }).click();
  const done = page.getByTestId("case-import-done");
  await expect(done).toContainText("Case opened from the file");
  await expect(done).toContainText(`/${slug}`);
  await done.getByRole("link", { name: "Open the new case" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/workspace/cases/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kakao Pay");
  await page.goto(`/en/workspace/cases/${slug}/activity`);
  await expect(page.locator('li[data-action="incident.imported"]')).toContainText("Demo Regulator opened the case");

  // The same address again is refused at its field, and nothing more is written.
  await page.goto("/en/workspace/cases/new/import");
  await page.getByLabel("Case file (case.json)").setInputFiles(upload(file));
  await page.getByLabel(/Address of the new case/).fill(slug);
  await page.getByRole("button", { name: "Import the case" }).click();
  await expect(page.getByText("Another case already has this address: choose another.")).toBeVisible();
});

test("a bad case file lists its problems by JSON path, in Korean too, and opens nothing", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  const file = await exportedCaseFile(page);
  const incident = { ...(file.incident as Record<string, unknown>) };
  delete incident.title;
  const sources = (file.sources as Record<string, unknown>[]).map((s, i) => (i === 0 ? { ...s, url: "ftp://example.org/a" } : s));
  const bad = { ...file, incident: { ...incident, slug: `bad-${Date.now()}` }, sources };

  await page.goto("/en/workspace/cases/new");
  await page.getByRole("link", { name: "Import a case file" }).click();
  await page.getByLabel("Case file (case.json)").setInputFiles(upload(bad));
  await page.getByRole("button", { name: "Import the case" }).click();
  const problems = page.getByTestId("case-import-problems");
  await expect(problems).toContainText("The file has 2 problems. Nothing was imported.");
  await expect(problems.locator("li", { hasText: "incident.title" })).toContainText("This is missing.");
  await expect(problems.locator("li", { hasText: "sources[0].url" })).toContainText("Expected a link starting with http:// or https://.");

  await page.goto("/ko/workspace/cases/new/import");
  await page.getByLabel("사건 파일(case.json)").setInputFiles(upload({ ...file, format: "casefile-case/99" }));
  await page.getByRole("button", { name: "사건 가져오기" }).click();
  await expect(page.getByTestId("case-import-problems").locator("li", { hasText: "format" })).toContainText("새로운 형식(casefile-case/99)");

  const db = e2eDatabase();
  try {
    expect(await db.incident.count({ where: { slug: { startsWith: "bad-" } } })).toBe(0);
  } finally {
    await db.$disconnect();
  }
});
