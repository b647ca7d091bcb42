import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { e2eDatabase } from "../support/database";
import { casesOpenedHere } from "../support/opened-cases";
import { signInAs } from "../support/session";

// Adding evidence files to a case in the browser: by the picker and by dropping, each with its
// progress; a cancelled upload leaves no record; the server's refusals are shown in the page's
// language; someone who may read the case's files but not add any sees no upload panel.
const opened = casesOpenedHere();
const slug = `e2e-evidence-${Date.now()}`;
const page = (locale: "en" | "ko" = "en") => `/${locale}/workspace/cases/${slug}/evidence`;
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const PDF = Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${slug}\ntrailer\n%%EOF\n`);
const NOTES = Buffer.from(`Call with Kakao Pay's legal team, ${slug}.\n`);
const MB = 1024 * 1024;

test.beforeAll(async () => {
  const db = e2eDatabase();
  try {
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: `Evidence Test Pay ${slug}`, kind: "company" } });
    const incident = await db.incident.create({ data: { slug, title: "E2E: evidence files", summary: "A case to add evidence files to.", investigatedOrgId: org.id } });
    opened.push(slug);
    const officer = await db.user.findUniqueOrThrow({ where: { email: "officer@casefile.demo" } });
    await db.caseAssignment.create({ data: { incidentId: incident.id, userId: officer.id } });
  } finally {
    await db.$disconnect();
  }
});

async function recordsNamed(originalName: string): Promise<number> {
  const db = e2eDatabase();
  try {
    return await db.evidenceFile.count({ where: { incident: { slug }, originalName } });
  } finally {
    await db.$disconnect();
  }
}

const fileRow = (p: Page, hash: string) => p.getByRole("list", { name: "Evidence files" }).getByRole("listitem").filter({ has: p.locator(`code[data-sha256="${hash}"]`) });

test("an officer uploads files by the picker and by dropping them, and sees each with its fingerprint", async ({ page: p, axe }) => {
  await signInAs(p, "officer@casefile.demo");
  await p.goto(page());
  await expect(p.getByText("No evidence files yet.")).toBeVisible();

  await p.getByTestId("evidence-file-input").setInputFiles([
    { name: "reply.pdf", mimeType: "application/pdf", buffer: PDF },
    { name: "call-notes.txt", mimeType: "text/plain", buffer: NOTES },
  ]);
  const reply = p.getByTestId("upload-item").filter({ hasText: "reply.pdf" });
  await expect(reply.getByLabel("Title", { exact: true })).toHaveValue("reply.pdf");
  await reply.getByLabel("Title", { exact: true }).fill("Kakao Pay's reply to the inspection");
  await reply.getByLabel("Title in Korean").fill("카카오페이 검사 답변서");
  await reply.getByLabel("Kind of document").selectOption("company_reply");
  await reply.getByLabel("Received on").fill("2024-08-20");
  await reply.getByLabel("Provided by").fill("Kakao Pay, legal team");
  expect(await axe()).toEqual([]);
  await p.getByRole("button", { name: "Upload 2 files" }).click();

  for (const bytes of [PDF, NOTES]) {
    const row = fileRow(p, sha256(bytes));
    await expect(row).toBeVisible();
    await expect(row.locator("code")).toHaveText(sha256(bytes).slice(0, 12));
    await expect(row.locator("code")).toHaveAttribute("title", sha256(bytes));
  }
  const replyRow = fileRow(p, sha256(PDF));
  await expect(replyRow.getByRole("link", { name: "Kakao Pay's reply to the inspection" })).toHaveAttribute("href", new RegExp(`/en/workspace/cases/${slug}/evidence/\\w+$`));
  await expect(replyRow).toContainText("Company reply · received 20 August 2024 · from Kakao Pay, legal team");
  await expect(replyRow).toContainText("application/pdf");

  // The record is corrected from its row (a versioned save).
  const notesRow = fileRow(p, sha256(NOTES));
  await notesRow.getByText("Edit this file's record").click();
  await notesRow.getByLabel("Title", { exact: true }).fill("Notes of the call with the legal team");
  await notesRow.getByLabel("Kind of document").selectOption("correspondence");
  await notesRow.getByRole("button", { name: "Save" }).click();
  await expect(notesRow.getByRole("link", { name: "Notes of the call with the legal team" })).toBeVisible();
  await expect(notesRow).toContainText("Correspondence");

  // Dropped: a DataTransfer built in the page, as the browser builds one for a drag from the desktop.
  const dropped = `Dropped file ${slug}\n`;
  const transfer = await p.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.txt", { type: "text/plain" }));
    return data;
  }, dropped);
  await p.getByTestId("evidence-drop-zone").dispatchEvent("drop", { dataTransfer: transfer });
  await p.getByRole("button", { name: "Upload 1 file" }).click();
  await expect(fileRow(p, sha256(Buffer.from(dropped)))).toBeVisible();
  await expect(p.getByRole("list", { name: "Evidence files" }).getByRole("listitem")).toHaveCount(3);
  // axe measures colours mid-animation: let the "Saved." toast go first.
  await expect(p.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 15_000 });
  expect(await axe()).toEqual([]);
});

test("a cancelled upload stops mid-way and leaves no record", async ({ page: p }, testInfo) => {
  await signInAs(p, "officer@casefile.demo");
  await p.goto(page());
  // 60 MB at about 4 MB/s: long enough to see it part-way and press Cancel.
  const cdp = await p.context().newCDPSession(p);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 4 * MB });
  const big = testInfo.outputPath("big-upload.txt");
  await writeFile(big, Buffer.alloc(60 * MB, "x"));
  await p.getByTestId("evidence-file-input").setInputFiles(big);
  await p.getByRole("button", { name: "Upload 1 file" }).click();

  const progress = p.getByRole("progressbar", { name: "Uploading big-upload.txt" });
  await expect.poll(async () => Number(await progress.getAttribute("value")), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(Number(await progress.getAttribute("value"))).toBeLessThan(100);
  await p.getByRole("button", { name: "Cancel big-upload.txt" }).click();
  await expect(p.getByTestId("upload-item").getByRole("alert")).toHaveText("The upload was cancelled; nothing was kept.");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

  await p.reload();
  await expect(p.getByRole("heading", { name: "Add files" })).toBeVisible();
  await expect(p.getByRole("link", { name: "big-upload.txt" })).toHaveCount(0);
  expect(await recordsNamed("big-upload.txt")).toBe(0);
});

test("an empty file is refused with the message in the page's language", async ({ page: p }) => {
  await signInAs(p, "officer@casefile.demo");
  await p.goto(page("ko"));
  await p.getByTestId("evidence-file-input").setInputFiles({ name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) });
  await p.getByRole("button", { name: "파일 1개 올리기" }).click();
  await expect(p.getByTestId("upload-item").getByRole("alert")).toHaveText("빈 파일입니다.");
  expect(await recordsNamed("empty.txt")).toBe(0);
});

test("an administrator reads the files but has no upload panel", async ({ page: p }) => {
  await signInAs(p, "admin@casefile.demo");
  await p.goto(page());
  await expect(p.getByRole("link", { name: "Evidence", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(p.getByText("The documents the case rests on")).toBeVisible();
  await expect(p.getByRole("heading", { name: "Add files" })).toHaveCount(0);
  await expect(p.getByTestId("evidence-drop-zone")).toHaveCount(0);
  await expect(p.getByText("Edit this file's record")).toHaveCount(0);
});

test("the section at 1280 and 390 px, in English and Korean", async ({ browser }, testInfo) => {
  for (const locale of ["en", "ko"] as const) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const p = await context.newPage();
      await signInAs(p, "officer@casefile.demo");
      await p.goto(page(locale));
      await p.getByTestId("evidence-file-input").setInputFiles({ name: "inspection-report.pdf", mimeType: "application/pdf", buffer: PDF });
      await expect(p.getByTestId("upload-item")).toBeVisible();
      // The Korean title on the Korean page; the English one (the only one) on both otherwise.
      await expect(p.getByRole("link", { name: locale === "ko" ? "카카오페이 검사 답변서" : "Kakao Pay's reply to the inspection" })).toBeVisible();
      const sideways = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, `${locale} ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
      await p.screenshot({ path: testInfo.outputPath(`evidence-${locale}-${width}.png`), fullPage: true });
      await context.close();
    }
  }
});
