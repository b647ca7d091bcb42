import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const CASE = "/workspace/cases/kakao-pay-alipay-2024";

// What a reader should never have to decode: a cuid, an ISO timestamp, a snake_case enum code.
const CUID = /\bc[a-z0-9]{24}\b/;
const ISO_INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CODE = /\b[a-z0-9]+_[a-z0-9_]+\b/;

/** The text a person sees in the page's main area (a closed "show raw" is not rendered). */
async function expectNothingRaw(page: Page) {
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(CUID);
  expect(text).not.toMatch(ISO_INSTANT);
  expect(text.match(CODE)).toBeNull();
  expect(text).not.toContain('"entityId"');
}

/** Changes the reference case's phone-number consent and puts it back: two audited edits. */
async function editConsentTwice(page: Page) {
  await page.goto(`/en${CASE}/data-categories`);
  await page.getByRole("link", { name: "Mobile phone number" }).click();
  const consent = page.getByLabel("Consent");
  const original = await consent.inputValue();
  for (const value of [original === "disputed" ? "unknown" : "disputed", original]) {
    await consent.selectOption(value);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.")).toBeVisible();
    await page.getByRole("button", { name: "Close toast" }).click();
    await expect(page.getByText("Saved.")).toHaveCount(0);
  }
}

test("after an edit, the case's activity reads as sentences in the reader's language, with the raw record one click away", async ({ page, axe }) => {
  await signInAs(page, "officer@casefile.demo");
  await editConsentTwice(page);

  await page.goto(`/en${CASE}/activity`);
  const latest = page.locator('li[data-action="data_category.updated"]').first();
  await expect(latest.locator("p").first()).toHaveText("Demo Case Officer changed the data category “Mobile phone number”");
  await expect(latest.locator("dt")).toHaveText(["Consent"]);
  await expect(latest.locator("time")).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} KST$/);
  await expectNothingRaw(page);

  const raw = latest.getByTestId("audit-raw");
  await expect(raw.locator("pre")).toBeHidden();
  await raw.getByText("Show raw").click();
  await expect(raw.locator("pre")).toBeVisible();
  await expect(raw.locator("pre")).toContainText('"action": "data_category.updated"');
  expect(await raw.locator("pre").innerText()).toMatch(CUID);
  expect(await axe()).toEqual([]);

  await page.goto(`/ko${CASE}/activity`);
  const latestKo = page.locator('li[data-action="data_category.updated"]').first();
  await expect(latestKo.locator("p").first()).toHaveText("Demo Case Officer 님이 정보 항목을 수정했습니다: “휴대전화번호”");
  await expect(latestKo.locator("dt")).toHaveText(["동의"]);
  await expect(latestKo.locator("time")).toHaveText(/^\d{4}\. \d{1,2}\. \d{1,2}\. \d{2}:\d{2} KST$/);
  await expectNothingRaw(page);
});

test("the filters offer names and labels, not ids and codes", async ({ page }) => {
  await signInAs(page, "regulator@casefile.demo");
  await page.goto(`/en${CASE}/activity`);
  const kinds = await page.getByLabel("What").locator("option").allInnerTexts();
  expect(kinds).toContain("Data categories");
  expect(kinds.join("\n")).not.toMatch(CODE);
  await page.getByLabel("What").selectOption({ label: "Data categories" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=data_category/);
  await expect(page.locator("li[data-action]").first()).toHaveAttribute("data-action", /^data_category\./);
  await expectNothingRaw(page);
});

test("the audit trail across cases names each row's case and reads in both languages", async ({ page, axe }) => {
  await signInAs(page, "admin@casefile.demo");
  for (const locale of ["en", "ko"]) {
    await page.goto(`/${locale}/admin/audit`);
    await expect(page.locator("li[data-action]").first()).toBeVisible();
    await expectNothingRaw(page);
    expect(await axe()).toEqual([]);
  }
  await page.goto("/en/admin/audit?kind=publication");
  const published = page.locator('li[data-action="publication.approved"]').filter({ hasText: "Kakao Pay" }).first();
  await expect(published.locator("p").first()).toHaveText("The system approved version 1 of the public summary");
  await expect(published.getByRole("link", { name: /^Kakao Pay/ })).toHaveAttribute("href", `/en${CASE}/activity`);
});
