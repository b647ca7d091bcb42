import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { e2eDatabase } from "../support/database";
import { casesOpenedHere } from "../support/opened-cases";
import { uploadEvidenceFile } from "../support/evidence";
import { signInAs } from "../support/session";

// A finding lists its evidence: a file uploaded to the case is attached from the finding's page
// with where in the file ("p. 12"), listed there with a link to the file's page, and unlinked;
// the finding's free-text references (links without a file) survive an edit of the finding.
const opened = casesOpenedHere();
const slug = `e2e-evidence-links-${Date.now()}`;
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n");
let findingId: string;
let screenshotFindingId: string;

test.beforeAll(async () => {
  const db = e2eDatabase();
  try {
    const officer = await db.user.findUniqueOrThrow({ where: { email: "officer@casefile.demo" }, select: { id: true } });
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: "Evidence Test Pay", kind: "company" } });
    const incident = await db.incident.create({
      data: { slug, title: "E2E: evidence on findings", summary: "A case whose findings cite files.", investigatedOrgId: org.id, assignments: { create: [{ userId: officer.id }] } },
    });
    opened.push(slug);
    const finding = (title: string, label: string) =>
      db.finding.create({ data: { incidentId: incident.id, title, body: "Established by inspectors.", severity: "high", evidence: { create: [{ incidentId: incident.id, label, position: 0 }] } } });
    findingId = (await finding("Customer data shared without consent", "Inspection record 3")).id;
    screenshotFindingId = (await finding("Hashes were reversible", "FSS letter of 2024-08-13")).id;
  } finally {
    await db.$disconnect();
  }
});

const upload = async (page: Page, title: string) => (await uploadEvidenceFile(page, slug, { title, kind: "inspection_report", fileName: `${title}.pdf`, type: "application/pdf", body: PDF })).id;

test("a file is attached to a finding with its page, listed there, and unlinked", async ({ page, axe }) => {
  await signInAs(page, "officer@casefile.demo");
  const fileId = await upload(page, "FSS inspection report");
  await page.goto(`/en/workspace/cases/${slug}/findings/${findingId}`);
  const evidence = page.getByRole("region", { name: "Evidence" });
  await expect(evidence.getByText("Inspection record 3")).toBeVisible();

  await evidence.getByLabel("File", { exact: true }).selectOption({ label: "FSS inspection report (FSS inspection report.pdf)" });
  await evidence.getByLabel("Where in the file").fill("p. 12");
  await evidence.getByRole("button", { name: "Attach" }).click();
  const listed = evidence.getByRole("list", { name: "Evidence" }).getByRole("listitem").filter({ hasText: "FSS inspection report" });
  await expect(listed).toContainText("p. 12");
  await expect(listed.getByRole("link", { name: "FSS inspection report" })).toHaveAttribute("href", `/en/workspace/cases/${slug}/evidence/${fileId}`);
  // Checked on a fresh load: the "attached" toast fading in is not the page.
  await page.reload();
  await expect(listed).toContainText("p. 12");
  expect(await axe()).toEqual([]);

  // The findings list shows a short line that opens to the same list.
  await page.goto(`/en/workspace/cases/${slug}/findings`);
  const item = page.locator(`#finding-${findingId}`);
  await item.getByText("Evidence (2)").click();
  await expect(item.getByRole("link", { name: "FSS inspection report" })).toBeVisible();

  await page.goto(`/en/workspace/cases/${slug}/findings/${findingId}`);
  await listed.getByRole("button", { name: "Unlink FSS inspection report" }).click();
  await expect(evidence.getByRole("link", { name: "FSS inspection report" })).toHaveCount(0);
  await expect(evidence.getByText("Inspection record 3")).toBeVisible();
});

test("a finding's references survive an edit, and a line added becomes one more", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto(`/en/workspace/cases/${slug}/findings/${findingId}`);
  const refs = page.getByLabel("Evidence references");
  await expect(refs).toHaveValue("Inspection record 3");
  await page.locator("#finding-edit-title").fill("Customer data shared without any consent");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Evidence references")).toHaveValue("Inspection record 3");

  await page.getByLabel("Evidence references").fill("Inspection record 3\nKakao Pay reply of 2024-08-20");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("region", { name: "Evidence" }).getByText("Kakao Pay reply of 2024-08-20")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Evidence references")).toHaveValue("Inspection record 3\nKakao Pay reply of 2024-08-20");
});

test("screenshots: a finding with evidence at 1280 and 390 px, in English and Korean", async ({ page }, testInfo) => {
  await signInAs(page, "officer@casefile.demo");
  await upload(page, "Kakao Pay reply");
  await page.goto(`/en/workspace/cases/${slug}/findings/${screenshotFindingId}`);
  const evidence = page.getByRole("region", { name: "Evidence" });
  await evidence.getByLabel("File", { exact: true }).selectOption({ label: "Kakao Pay reply (Kakao Pay reply.pdf)" });
  await evidence.getByLabel("Where in the file").fill("section 3.2");
  await evidence.getByRole("button", { name: "Attach" }).click();
  await expect(evidence.getByText("section 3.2")).toBeVisible();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      await page.goto(`/${locale}/workspace/cases/${slug}/findings/${screenshotFindingId}`);
      const shot = testInfo.outputPath(`finding-evidence-${locale}-${width}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      await testInfo.attach(`finding-evidence-${locale}-${width}`, { path: shot, contentType: "image/png" });
      await page.goto(`/${locale}/workspace/cases/${slug}/findings`);
      await page.locator(`#finding-${screenshotFindingId} summary`).click();
      const list = testInfo.outputPath(`findings-evidence-${locale}-${width}.png`);
      await page.screenshot({ path: list, fullPage: true });
      await testInfo.attach(`findings-evidence-${locale}-${width}`, { path: list, contentType: "image/png" });
    }
  }
});
