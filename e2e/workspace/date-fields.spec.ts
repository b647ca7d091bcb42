import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

// A native <input type="date"> shows the browser's format (mm/dd/yyyy in an American browser),
// whatever the page's language. Day fields follow the page: typed as YYYY-MM-DD, with the
// format said in the page's language, the same from the keyboard and to a screen reader.

const TIMELINE = "/workspace/cases/demo-fitness-location-broker/timeline";
const PAGE = {
  en: { date: "Date", format: /YYYY-MM-DD.*e\.g\./, title: "What happened", add: "Add an event", saved: "Saved." },
  ko: { date: "날짜", format: /YYYY-MM-DD.*예:/, title: "내용", add: "사건 추가", saved: "저장했습니다." },
} as const;

for (const browserLocale of ["en-US", "ko-KR"] as const) {
  test.describe(`in a browser set to ${browserLocale}`, () => {
    test.use({ locale: browserLocale });

    for (const locale of ["en", "ko"] as const) {
      test(`a day field on the ${locale} page says its format in that language and takes a typed day @phone`, async ({ page }) => {
        await signInAs(page, "officer@casefile.demo");
        await page.goto(`/${locale}${TIMELINE}`);
        const field = page.getByLabel(PAGE[locale].date, { exact: true });
        await expect(field).toHaveAccessibleDescription(PAGE[locale].format);
        await field.click();
        await page.keyboard.type("2025-02-01");
        await expect(field).toHaveValue("2025-02-01");
        // Days written the Korean way (2025. 2. 1.) are read as the same day.
        await field.fill("2025. 2. 1.");
        await field.blur();
        await expect(field).toHaveValue("2025-02-01");
      });
    }
  });
}

test.describe("a Korean page in an English browser", () => {
  test.use({ locale: "en-US" });

  test("saves a typed day and shows it back in the same format", async ({ page }) => {
    await signInAs(page, "officer@casefile.demo");
    await page.goto(`/ko${TIMELINE}`);
    const title = `Date field probe ${Date.now()}`;
    await page.getByLabel(PAGE.ko.date, { exact: true }).fill("2025.2.1");
    await page.getByLabel(PAGE.ko.title, { exact: true }).fill(title);
    await page.getByRole("button", { name: PAGE.ko.add }).click();
    await expect(page.getByText(PAGE.ko.saved)).toBeVisible();
    await page.getByRole("link", { name: title }).click();
    await expect(page.getByLabel(PAGE.ko.date, { exact: true })).toHaveValue("2025-02-01");
  });

  test("a day that does not exist is refused next to its field", async ({ page }) => {
    await signInAs(page, "officer@casefile.demo");
    await page.goto(`/ko${TIMELINE}`);
    const field = page.getByLabel(PAGE.ko.date, { exact: true });
    await field.fill("2025-02-30");
    await page.getByLabel(PAGE.ko.title, { exact: true }).fill("Not a day");
    await page.getByRole("button", { name: PAGE.ko.add }).click();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("link", { name: "Not a day" })).toHaveCount(0);
  });
});
