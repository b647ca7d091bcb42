import { expect, test } from "../support/fixtures";
import { openAddForm } from "../support/forms";
import { signInAs } from "../support/session";

// The reversibility check counts the values an identifier format allows. A format it cannot
// count ("15 digits") must be refused with the notation explained, never answered as "reversible".
const CASE = "/workspace/cases/demo-fitness-location-broker/data-categories";

test("a case officer types a format the check cannot read: refused with the notation explained; the space is shown live; presets fill the format", async ({ page, axe }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto(`/en${CASE}`);
  await openAddForm(page, "Add a data category");
  const name = `Customer identifier ${Date.now()}`;
  await page.locator("#cat-new-name").fill(name);
  await page.locator("#cat-new-protectionMethod").selectOption("hashing");
  await page.locator("#cat-new-keyHolder").selectOption("none");
  const format = page.locator("#cat-new-identifierFormat");
  const reading = page.getByTestId("format-reading");

  await format.fill("15 digits");
  await expect(reading).toContainText("X{15}");
  await page.getByRole("button", { name: "Add a data category" }).click();
  const error = page.locator("#cat-new-identifierFormat-error");
  await expect(error).toContainText("no X, L, H, * or ?");
  await expect(error).toContainText("X{15}");
  await expect(format).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(new RegExp(`/en${CASE}$`));
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  expect(await axe()).toEqual([]);

  await format.fill("XXX-XXXX-XXXX");
  await expect(reading).toContainText("X = digit");
  await expect(reading).toContainText("possible values");
  await expect(reading.getByTestId("format-space")).toHaveAttribute("data-space", "100000000000");

  await page.getByRole("button", { name: /Korean mobile number/ }).click();
  await expect(format).toHaveValue("010-XXXX-XXXX");
  await expect(reading.getByTestId("format-space")).toHaveAttribute("data-space", "100000000");
  await page.getByRole("button", { name: /Account number/ }).click();
  await expect(format).toHaveValue("X{10,14}");

  await page.getByRole("button", { name: /E-mail address/ }).click();
  await expect(format).toHaveValue("?@?");
  await expect(reading).toContainText("cannot be counted");
  await page.getByRole("button", { name: "Add a data category" }).click();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.locator("[data-verdict]")).toHaveAttribute("data-verdict", "undetermined");
});

test("in Korean, the refusal and the live reading are in Korean @phone", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  await page.goto(`/ko${CASE}`);
  await openAddForm(page, "정보 항목 추가");
  await page.locator("#cat-new-name").fill("고객 식별자");
  await page.locator("#cat-new-protectionMethod").selectOption("hashing");
  const format = page.locator("#cat-new-identifierFormat");
  await format.fill("15자리");
  await page.getByRole("button", { name: "정보 항목 추가" }).click();
  await expect(page.locator("#cat-new-identifierFormat-error")).toContainText("영문");
  await format.fill("15 digits");
  await page.getByRole("button", { name: "정보 항목 추가" }).click();
  await expect(page.locator("#cat-new-identifierFormat-error")).toContainText("X{15}");
  await expect(page.locator("#cat-new-identifierFormat-error")).toContainText("값");
  await page.getByRole("button", { name: /휴대전화번호/ }).click();
  await expect(format).toHaveValue("010-XXXX-XXXX");
  await expect(page.getByTestId("format-reading")).toContainText("X = 숫자");
  await expect(page.getByTestId("format-reading")).toContainText("가능한 값");
});
