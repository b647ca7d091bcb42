// A fine in euros, end to end: the form refuses an unknown currency and more decimals than the
// currency has (in the reader's language, nothing written), keeps every cent, and the public page
// shows each amount in its currency with totals per currency. It adds cases, so it runs in the
// "journey" project, after the tests that count cases.
import { buildSnapshot, defaultSelection } from "@/lib/publishing/build-snapshot";
import { e2eDatabase } from "../support/database";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const stamp = Date.now().toString(36);

async function caseAt(state: "legal_review" | "sanction_decided", slug: string) {
  const db = e2eDatabase();
  try {
    const org = await db.organization.create({ data: { slug: `${slug}-org`, name: `Euro Pay ${stamp}`, kind: "company" } });
    const incident = await db.incident.create({ data: { slug, title: `Euro fine ${stamp}`, summary: "A case fined in euros.", investigatedOrgId: org.id, workflowState: state, visibility: "public", isDemo: true } });
    return { db, incident };
  } catch (error) {
    await db.$disconnect();
    throw error;
  }
}

test("a fine in euros: unknown currency and extra decimals refused in both languages, every cent kept", async ({ page }, testInfo) => {
  const slug = `euro-fine-${stamp}`;
  const { db, incident } = await caseAt("legal_review", slug);
  await signInAs(page, "regulator@casefile.demo");
  const open = async (locale: "en" | "ko") => {
    await page.goto(`/${locale}/workspace/cases/${slug}/workflow`);
    await page.locator("summary", { hasText: locale === "en" ? "Propose a sanction" : /제재/ }).first().click();
    await page.locator("#sanction-type").selectOption("fine");
    await page.locator("#sanction-subject").fill("Euro Pay");
  };
  const submit = () => page.locator("#sanction-amount").locator("xpath=ancestor::form").locator('button[type="submit"]').click();

  await open("en");
  await page.locator("#sanction-amount").fill("1,234,567.891");
  await page.locator("#sanction-currency").fill("EUR");
  await submit();
  await expect(page.getByText("This amount has more decimals than its currency allows")).toBeVisible();
  await page.locator("#sanction-amount").fill("1,234,567.89");
  await page.locator("#sanction-currency").fill("XYZ");
  await submit();
  await expect(page.getByText("Enter an ISO 4217 currency code, like KRW, EUR or USD.")).toBeVisible();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByText("Enter an ISO 4217 currency code, like KRW, EUR or USD.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Propose this sanction" })).toBeVisible();
    const path = testInfo.outputPath(`sanction-form-refused-en-${width}.png`);
    await page.screenshot({ path, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await open("ko");
  await page.locator("#sanction-amount").fill("1000.5");
  await page.locator("#sanction-currency").fill("KRW");
  await submit();
  await expect(page.getByText("이 통화는 소수점 이하 단위가 없습니다. 정수로 입력하세요.")).toBeVisible();
  await page.locator("#sanction-currency").fill("ABC");
  await submit();
  await expect(page.getByText("ISO 4217 통화 코드를 입력하세요. 예: KRW, EUR, USD")).toBeVisible();
  expect(await db.sanction.count({ where: { incidentId: incident.id } })).toBe(0);

  await page.locator("#sanction-amount").fill("90,071,992,547,409.93");
  await page.locator("#sanction-currency").fill("eur");
  await submit();
  await expect(page.getByTestId("sanction-history").first()).toContainText("€90,071,992,547,409.93");
  expect(await db.sanction.findFirstOrThrow({ where: { incidentId: incident.id } })).toMatchObject({ proposedAmountMinor: 9_007_199_254_740_993n, currency: "EUR" });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`workflow-eur-ko-${width}.png`), fullPage: true });
    await page.goto(`/en/workspace/cases/${slug}/workflow`);
    await page.screenshot({ path: testInfo.outputPath(`workflow-eur-en-${width}.png`), fullPage: true });
    await page.goto(`/ko/workspace/cases/${slug}/workflow`);
  }
  await db.incident.update({ where: { id: incident.id }, data: { deletedAt: new Date() } });
  await db.$disconnect();
});

test("the public page shows each sanction in its currency and totals per currency", async ({ page, request }, testInfo) => {
  const slug = `euro-public-${stamp}`;
  const { db, incident } = await caseAt("sanction_decided", slug);
  const decided = { incidentId: incident.id, type: "fine" as const, status: "decided" as const, decisionDate: new Date("2025-01-22"), decisionDocRefs: ["Decision 1"] };
  await db.sanction.create({ data: { ...decided, subjectName: "Euro Pay", amountMinor: 123_456_789n, currency: "EUR" } });
  await db.sanction.create({ data: { ...decided, subjectName: "Euro Pay Korea", amountMinor: 15_000_000_000n, currency: "KRW" } });
  await db.sanction.create({ data: { ...decided, subjectName: "Euro Pay Holdings", amountMinor: 1n, currency: "EUR" } });
  const snapshot = await buildSnapshot(db, incident.id, await defaultSelection(db, incident.id));
  await db.publicationVersion.create({ data: { incidentId: incident.id, number: 1, status: "published", snapshot: snapshot as object, publishedAt: new Date(Date.now() - 1000), decidedAt: new Date() } });
  await expect.poll(async () => (await request.get(`/en/cases/${slug}`)).status(), { timeout: 15_000 }).toBe(200);

  await page.goto(`/en/cases/${slug}`);
  const list = page.getByTestId("public-sanctions");
  await expect(list).toContainText("Fine · Euro Pay · €1,234,567.89");
  await expect(list).toContainText("₩15,000,000,000");
  await expect(page.getByTestId("public-sanctions-total")).toHaveText("Total, per currency: €1,234,567.90 · ₩15,000,000,000");
  await page.goto(`/ko/cases/${slug}`);
  await expect(page.getByTestId("public-sanctions-total")).toHaveText("합계 (통화별): €1,234,567.90 · 150억 원");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      await page.goto(`/${locale}/cases/${slug}`);
      await page.getByTestId("public-sanctions").scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`public-sanctions-${locale}-${width}.png`), fullPage: true });
    }
  }
  await db.incident.update({ where: { id: incident.id }, data: { deletedAt: new Date() } });
  await db.$disconnect();
});
