import { expect, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const CASE = "/workspace/cases/kakao-pay-alipay-2024";

// An item page leads back to its tab, named as the tab is named.
const SECTIONS = [
  { path: "findings", en: "Findings", ko: "검사 결과" },
  { path: "data-categories", en: "Data shared", ko: "제공된 정보" },
  { path: "estimates", en: "Affected people", ko: "영향받은 사람" },
  { path: "timeline", en: "Timeline", ko: "타임라인" },
] as const;

for (const section of SECTIONS) {
  for (const locale of ["en", "ko"] as const) {
    test(`an item of ${section.path} (${locale}) links back to “${section[locale]}”`, async ({ page }) => {
      await signInAs(page, "regulator@casefile.demo");
      const list = `/${locale}${CASE}/${section.path}`;
      await page.goto(list);
      const href = await page.locator(`main a[href^="${list}/"]`).first().getAttribute("href");
      await page.goto(href ?? "");
      const back = page.getByRole("link", { name: `← ${section[locale]}`, exact: true });
      await expect(back).toHaveAttribute("href", list);
      await back.click();
      await expect(page).toHaveURL(new RegExp(`${list}$`));
    });
  }
}
