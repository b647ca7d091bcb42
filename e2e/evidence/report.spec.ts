import { createHash } from "node:crypto";
import { expect, test } from "../support/fixtures";
import { uploadEvidenceFile } from "../support/evidence";
import { signInAs } from "../support/session";

// A demo case no other spec reads, so the files added here change nothing another spec counts.
const CASE = "demo-insurer-claims-sharing";
const PDF = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n";
const NOTE = "The insurer's reply, received by post and scanned.\n";
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

test("the printable report lists the evidence files with their full SHA-256, in English and Korean", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  for (const [title, fileName, body, type] of [
    ["FSS inspection report", "inspection report.pdf", PDF, "application/pdf"],
    ["Insurer's reply", "reply.txt", NOTE, "text/plain"],
  ] as const) {
    await uploadEvidenceFile(page, CASE, { title, kind: title.startsWith("FSS") ? "inspection_report" : "company_reply", receivedOn: "2024-08-13", fileName, type, body });
  }

  for (const locale of ["en", "ko"] as const) {
    await page.goto(`/${locale}/workspace/cases/${CASE}/report`);
    const part = page.locator("section[aria-labelledby='report-evidence']");
    await expect(part.getByRole("heading", { name: locale === "en" ? "Evidence" : "증거" })).toBeVisible();
    await expect(part.getByText(sha(PDF))).toBeVisible();
    await expect(part.getByText(sha(NOTE))).toBeVisible();
    await expect(part).toContainText(locale === "en" ? "Inspection report · received 13 August 2024" : "2024년 8월 13일 입수");
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await part.screenshot({ path: `test-results/screenshots/report-evidence-${locale}-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }
});
