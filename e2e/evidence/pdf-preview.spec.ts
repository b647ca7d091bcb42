import type { Page } from "@playwright/test";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { casesOpenedHere } from "../support/opened-cases";
import { koreanPdfWithoutEmbeddedFont, minimalPdf } from "../../tests/support/minimal-pdf";
import { uploadEvidenceFile } from "../support/evidence";
import { signInAs } from "../support/session";

// A PDF on an evidence file's page is drawn by pdf.js onto a canvas (Chromium shows no PDF in a
// sandboxed frame, and every file is served sandboxed): pages, paging, #page=N, and a broken file.
const opened = casesOpenedHere();
const slug = `e2e-evidence-pdf-${Date.now()}`;

test.beforeAll(async () => {
  const db = e2eDatabase();
  try {
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: "PDF Test Pay", kind: "company" } });
    const incident = await db.incident.create({ data: { slug, title: "E2E: PDF preview", summary: "A case for the PDF preview.", investigatedOrgId: org.id } });
    opened.push(slug);
    const officer = await db.user.findUniqueOrThrow({ where: { email: "officer@casefile.demo" } });
    await db.caseAssignment.create({ data: { incidentId: incident.id, userId: officer.id } });
  } finally {
    await db.$disconnect();
  }
});

const filePage = (id: string, locale = "en") => `/${locale}/workspace/cases/${slug}/evidence/${id}`;

/** How many of the canvas's pixels are opaque and not white: the page was drawn (a blank canvas is transparent). */
const inkedPixels = (page: Page) =>
  page.getByTestId("evidence-pdf-canvas").evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3] === 255 && (pixels[i]! < 200 || pixels[i + 1]! < 200 || pixels[i + 2]! < 200)) inked++;
    return inked;
  });

test("a two-page PDF is drawn page by page, opens at #page=N, and every policy lets it run", async ({ page, axe }, testInfo) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await signInAs(page, "officer@casefile.demo");
  const { id } = await uploadEvidenceFile(page, slug, { title: "Inspection report", fileName: "inspection.pdf", type: "application/pdf", body: minimalPdf(["Page one", "Page two"]), kind: "inspection_report" });

  await page.goto(filePage(id));
  const status = page.getByTestId("evidence-pdf-page");
  await expect(status).toHaveText("Page 1 of 2");
  await expect(page.getByRole("button", { name: "Previous page" })).toBeDisabled();
  await expect.poll(() => inkedPixels(page)).toBeGreaterThan(1000);
  await expect(page.locator("iframe")).toHaveCount(0);
  expect(await axe()).toEqual([]);

  await page.getByRole("button", { name: "Next page" }).click();
  await expect(status).toHaveText("Page 2 of 2");
  await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();
  await expect.poll(() => inkedPixels(page)).toBeGreaterThan(1000);
  // Keyboard: focus the previous-page button and press Enter.
  await page.getByRole("button", { name: "Previous page" }).focus();
  await page.keyboard.press("Enter");
  await expect(status).toHaveText("Page 1 of 2");

  await page.goto(`${filePage(id)}#page=2`);
  await expect(status).toHaveText("Page 2 of 2");
  await expect.poll(() => inkedPixels(page)).toBeGreaterThan(1000);
  // A page the file does not have opens the first.
  await page.goto(`${filePage(id, "ko")}#page=9`);
  await expect(status).toHaveText("2쪽 중 1쪽");

  // Showing it was recorded as a viewing in the custody log.
  await expect(page.getByTestId("custody-log").locator('li[data-action="evidence.viewed"]').first()).toBeVisible();
  expect(refused).toEqual([]);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      await page.goto(filePage(id, locale));
      await expect(status).toHaveText(locale === "en" ? "Page 1 of 2" : "2쪽 중 1쪽");
      await expect.poll(() => inkedPixels(page)).toBeGreaterThan(1000);
      const path = testInfo.outputPath(`evidence-pdf-${locale}-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`evidence-pdf-${locale}-${width}`, { path, contentType: "image/png" });
    }
  }
});

test("a Korean PDF whose font is only named is drawn with the character map Casefile serves itself", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  const { id } = await uploadEvidenceFile(page, slug, { title: "Korean reply", fileName: "reply-ko.pdf", type: "application/pdf", body: koreanPdfWithoutEmbeddedFont("개인신용정보 제공") });
  const cmap = page.waitForResponse((response) => response.url().endsWith("/api/pdfjs/cmaps/UniKS-UCS2-H.bcmap"));
  await page.goto(filePage(id, "ko"));
  expect((await cmap).status()).toBe(200);
  await expect(page.getByTestId("evidence-pdf-page")).toHaveText("1쪽 중 1쪽");
  await expect.poll(() => inkedPixels(page)).toBeGreaterThan(200);
});

test("a broken PDF shows why nothing is drawn, with its Download button", async ({ page }, testInfo) => {
  await signInAs(page, "officer@casefile.demo");
  const garbage = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))]);
  const { id } = await uploadEvidenceFile(page, slug, { title: "Damaged scan", fileName: "damaged.pdf", type: "application/pdf", body: garbage });

  await page.goto(filePage(id));
  const error = page.getByTestId("evidence-pdf-error");
  await expect(error).toContainText("This PDF could not be shown; download it instead.");
  await expect(error.getByRole("link", { name: "Download" })).toHaveAttribute("href", `/api/cases/${slug}/evidence/${id}`);
  await expect(page.getByTestId("evidence-pdf-canvas")).toHaveCount(0);

  await page.goto(filePage(id, "ko"));
  await expect(page.getByTestId("evidence-pdf-error")).toContainText("이 PDF를 여기에서 보여 줄 수 없습니다");
  const path = testInfo.outputPath("evidence-pdf-error-ko-1280.png");
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach("evidence-pdf-error-ko-1280", { path, contentType: "image/png" });
});
