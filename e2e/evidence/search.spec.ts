import type { Page } from "@playwright/test";
import { koreanPdfWithoutEmbeddedFont, minimalPdf } from "../../tests/support/minimal-pdf";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { casesOpenedHere } from "../support/opened-cases";
import { uploadEvidenceFile } from "../support/evidence";
import { signInAs } from "../support/session";

// Search inside evidence, end to end: a text file with a Korean sentence and a two-page PDF are
// uploaded to a case this spec opens; their text is extracted in the background (the upload
// answers at once); then the case list finds the case by a Korean word in the file and says which
// file and page, in English and in Korean; and the Evidence tab's own search box finds the page.
const opened = casesOpenedHere();
const slug = `e2e-evidence-search-${Date.now()}`;
const SENTENCE = "검사 결과 수집된 개인신용정보를 제3자에게 제공한 사실이 확인되었다.";

test.beforeAll(async () => {
  const db = e2eDatabase();
  try {
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: "Evidence Search Payments", kind: "company" } });
    await db.incident.create({ data: { slug, title: "E2E: a case found by its evidence", summary: "Nothing here mentions the words in the files.", investigatedOrgId: org.id } });
    opened.push(slug);
  } finally {
    await db.$disconnect();
  }
});

async function upload(page: Page, body: Buffer, fileName: string, type: string) {
  const uploaded = await uploadEvidenceFile(page, slug, { title: fileName === "note.txt" ? "Inspection note" : "Company reply", kind: "inspection_report", fileName, type, body });
  // The upload does not wait for the text: it is read after the answer.
  expect(uploaded.extraction).toBe("pending");
}

const searchApi = async (page: Page, q: string) => (await (await page.request.get(`/api/cases/${slug}/evidence/search?${new URLSearchParams({ q })}`)).json()) as { hits: { title: string; page: number; snippet: string }[]; pending: number };

test("a case is found in the case list by a Korean word inside its evidence, with the file and page", async ({ page, axe }) => {
  await signInAs(page, "regulator@casefile.demo");
  await upload(page, Buffer.from(`${SENTENCE}\n`, "utf8"), "note.txt", "text/plain");
  await upload(page, minimalPdf(["Cover letter of the reply.", "The transfer rested on the customers' consent, the company says."]), "reply.pdf", "application/pdf");

  // Extraction runs after the upload's answer: poll until both files are read.
  await expect.poll(async () => (await searchApi(page, "개인신용정보를")).hits.map((h) => [h.title, h.page]), { timeout: 30_000 }).toEqual([["Inspection note", 1]]);
  await expect.poll(async () => (await searchApi(page, "CONSENT")).hits.map((h) => [h.title, h.page]), { timeout: 30_000 }).toEqual([["Company reply", 2]]);
  expect((await searchApi(page, "제3자에게")).hits[0]?.snippet).toContain("제3자에게 제공한");
  // Korean inside a PDF whose font is only named (read with the CMaps of the installed pdf.js).
  await upload(page, koreanPdfWithoutEmbeddedFont("개인정보 국외이전 동의"), "transfer.pdf", "application/pdf");
  await expect.poll(async () => (await searchApi(page, "국외이전")).hits.map((h) => [h.title, h.page]), { timeout: 30_000 }).toEqual([["Company reply", 1]]);

  await page.goto(`/en/workspace?q=${encodeURIComponent("개인신용정보")}`);
  const row = page.getByTestId("case-list").locator(`tbody tr[data-slug="${slug}"]`);
  await expect(row.getByTestId("evidence-hit")).toHaveText("In evidence: Inspection note, p. 1");
  await expect(row.getByRole("link", { name: "Inspection note" })).toHaveAttribute("href", new RegExp(`^/en/workspace/cases/${slug}/evidence/[a-z0-9]+$`));
  expect(await axe()).toEqual([]);
  await page.screenshot({ path: "test-results/evidence-search/case-list-en-1280.png", fullPage: true });

  await page.goto(`/ko/workspace?q=${encodeURIComponent("consent")}`);
  const koRow = page.getByTestId("case-list").locator(`tbody tr[data-slug="${slug}"]`);
  await expect(koRow.getByTestId("evidence-hit")).toHaveText("증거자료: Company reply, 2쪽");
  await expect(koRow.getByRole("link", { name: "Company reply" })).toHaveAttribute("href", new RegExp(`/evidence/[a-z0-9]+#page=2$`));
  await page.screenshot({ path: "test-results/evidence-search/case-list-ko-1280.png", fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/ko/workspace?q=${encodeURIComponent("개인신용정보")}`);
  await expect(page.getByTestId("case-cards").locator(`li[data-slug="${slug}"]`).getByTestId("evidence-hit")).toHaveText("증거자료: Inspection note, 1쪽");
  await page.screenshot({ path: "test-results/evidence-search/case-list-ko-390.png", fullPage: true });
  await page.goto(`/en/workspace?q=${encodeURIComponent("개인신용정보")}`);
  await expect(page.getByTestId("case-cards").locator(`li[data-slug="${slug}"]`).getByTestId("evidence-hit")).toBeVisible();
  await page.screenshot({ path: "test-results/evidence-search/case-list-en-390.png", fullPage: true });
});

test("an officer not assigned to the case finds neither the case nor its files", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  expect((await page.request.get(`/api/cases/${slug}/evidence/search?q=consent`)).status()).toBe(404);
  const list = (await (await page.request.get(`/api/cases?${new URLSearchParams({ q: "개인신용정보를" })}`)).json()) as { items: { slug: string }[] };
  expect(list.items.map((i) => i.slug)).not.toContain(slug);
});

test("the Evidence tab's search box finds a Korean word, marks it, links the file at its page, and keeps the words in the address", async ({ page, axe }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto(`/ko/workspace/cases/${slug}/evidence`);
  const box = page.getByTestId("evidence-search");
  await box.getByRole("searchbox", { name: "파일 내용 검색" }).fill("개인신용정보");
  await expect(box.getByText("1개 페이지에서 찾았습니다.")).toBeVisible();
  const hit = box.getByRole("listitem");
  await expect(hit.getByRole("link", { name: "Inspection note" })).toHaveAttribute("href", new RegExp(`^/ko/workspace/cases/${slug}/evidence/[a-z0-9]+$`));
  await expect(hit.getByText("1쪽")).toBeVisible();
  await expect(hit.locator("mark")).toHaveText("개인신용정보");
  await expect(page).toHaveURL(/[?&]q=/);
  expect(await axe()).toEqual([]);
  await page.screenshot({ path: "test-results/evidence-search/evidence-tab-ko-1280.png", fullPage: true });

  // The address brings the same search back (a shared link), here in English on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/en/workspace/cases/${slug}/evidence?q=${encodeURIComponent("consent")}`);
  await expect(box.getByText("1 page holds these words.")).toBeVisible();
  await expect(box.getByRole("listitem").getByRole("link", { name: "Company reply" })).toHaveAttribute("href", /#page=2$/);
  await page.screenshot({ path: "test-results/evidence-search/evidence-tab-en-390.png", fullPage: true });
});
