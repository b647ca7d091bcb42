import { expect, REFERENCE_CASE, test } from "../support/fixtures";

const PAGES = ["/en", "/ko", `/en${REFERENCE_CASE}`, `/ko${REFERENCE_CASE}`, "/en/about", "/ko/about", "/en/cases/no-such-case"];

for (const path of PAGES) {
  test(`${path} has no WCAG 2.1 AA violations that axe can find @phone`, async ({ page, axe }) => {
    await page.goto(path);
    expect(await axe()).toEqual([]);
  });
}
