import { expect, test } from "../support/fixtures";
import { openAddForm } from "../support/forms";
import { signInAs } from "../support/session";

const CASE = "/workspace/cases/demo-fitness-location-broker";

test("a case officer adds a source, a statement citing it and a key figure; a new record cites nothing until a source is chosen", async ({ page }) => {
  await signInAs(page, "officer@casefile.demo");
  const stamp = Date.now();
  const sourceTitle = `Broker's statement to the press ${stamp}`;

  await page.goto(`/en${CASE}/sources`);
  await openAddForm(page, "Add a source");
  await page.getByLabel("Title", { exact: true }).fill(sourceTitle);
  await page.getByLabel("Kind of document").selectOption("company_statement");
  await page.getByLabel("Language of the document").selectOption("ko");
  await page.getByLabel("Published on").fill("2025-02-01");
  await page.getByLabel("How precise the date is").selectOption("month");
  await page.getByLabel("Link").fill("https://example.org/statement");
  await page.getByRole("button", { name: "Add a source" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.locator("li[id^='source-']").filter({ hasText: String(stamp) })).toContainText("February 2025");

  await page.goto(`/en${CASE}/statements`);
  await expect(page.getByRole("combobox", { name: /^Source/ })).toHaveValue("");
  await page.getByLabel("Who said it").selectOption({ index: 1 });
  await page.getByLabel("Quotation or paraphrase").selectOption("paraphrase");
  await page.getByLabel("What was said", { exact: true }).fill(`Location data was only used for fraud checks ${stamp}`);
  await page.getByLabel("Said on").fill("2025-02-01");
  await page.getByRole("combobox", { name: /^Source/ }).selectOption({ label: sourceTitle });
  await page.getByRole("button", { name: "Add a statement" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const statement = page.locator("li[id^='statement-']").filter({ hasText: String(stamp) });
  await expect(statement).toContainText("Paraphrased in the source.");
  await expect(statement).toContainText(`Source: ${sourceTitle}`);
  // The add form is empty again: the next statement's source is chosen, never carried over.
  await expect(page.getByRole("combobox", { name: /^Source/ })).toHaveValue("");

  await page.goto(`/en${CASE}/figures`);
  await expect(page.getByRole("combobox", { name: /^Source/ })).toHaveValue("");
  await page.getByLabel("What it counts", { exact: true }).fill(`Apps carrying the SDK ${stamp}`);
  await page.getByLabel("Value").fill("1,250");
  await page.getByLabel("Unit").selectOption("other");
  await page.getByRole("checkbox", { name: /Approximate/ }).check();
  await page.getByLabel("Provenance").selectOption("reported");
  await page.getByRole("textbox", { name: /^As of/ }).fill("2025-02-01");
  await page.getByRole("combobox", { name: /^Source/ }).selectOption({ label: sourceTitle });
  await page.getByRole("button", { name: "Add a key figure" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  const figure = page.locator("li[id^='figure-']").filter({ hasText: String(stamp) });
  await expect(figure).toContainText("about 1,250");
  await expect(figure).toContainText(`Source: ${sourceTitle}`);
  await expect(page.getByRole("combobox", { name: /^Source/ })).toHaveValue("");

  await page.goto(`/en${CASE}/sources`);
  await expect(page.locator("li[id^='source-']").filter({ hasText: String(stamp) })).toContainText("Cited 2 times");
});

test("two people edit the same statement in two browsers: the second sees the conflict panel naming the first, and nothing is overwritten", async ({ page, browser }) => {
  await signInAs(page, "officer@casefile.demo");
  const stamp = Date.now();
  await page.goto(`/en${CASE}/statements`);
  await page.getByLabel("Who said it").selectOption({ index: 1 });
  await page.getByLabel("What was said", { exact: true }).fill(`Conflict probe ${stamp}`);
  await page.getByRole("button", { name: "Add a statement" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await page.getByRole("button", { name: "Close toast" }).click();
  await page.getByRole("link", { name: `Conflict probe ${stamp}` }).click();
  await page.waitForURL(/\/statements\/[a-z0-9]+$/);

  const other = await browser.newContext();
  const colleague = await other.newPage();
  await signInAs(colleague, "regulator@casefile.demo");
  await colleague.goto(page.url());

  await page.getByLabel("What was said", { exact: true }).fill(`The officer's wording ${stamp}`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await colleague.getByLabel("What was said", { exact: true }).fill(`The regulator's wording ${stamp}`);
  await colleague.getByRole("button", { name: "Save" }).click();
  const panel = colleague.getByTestId("conflict-panel");
  await expect(panel).toContainText("officer@casefile.demo saved a newer version");
  await expect(panel).toContainText(`The officer's wording ${stamp}`);
  await expect(panel).toContainText(`The regulator's wording ${stamp}`);
  await colleague.getByRole("button", { name: "Load the newer version" }).click();
  await expect(colleague.getByLabel("What was said", { exact: true })).toHaveValue(`The officer's wording ${stamp}`);
  await other.close();
});

test("the public page shows a paraphrase as such in both languages, and each key figure with its source", async ({ page }) => {
  await page.goto("/en/cases/kakao-pay-alipay-2024");
  await expect(page.getByText("(Paraphrased in the source.)").first()).toBeVisible();
  await expect(page.getByText(/Source: News report: FSS finds Kakao Pay/).first()).toBeVisible();
  await page.goto("/ko/cases/kakao-pay-alipay-2024");
  await expect(page.getByText("(출처가 요약해 전한 내용입니다.)").first()).toBeVisible();
  await expect(page.getByText("Paraphrased in the source.")).toHaveCount(0);
});

test("screenshots: statements and key figures at 1280 and 390 px, in English and Korean", async ({ page }, testInfo) => {
  await signInAs(page, "officer@casefile.demo");
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const locale of ["en", "ko"]) {
      for (const segment of ["statements", "figures"]) {
        await page.goto(`/${locale}/workspace/cases/kakao-pay-alipay-2024/${segment}`);
        const path = testInfo.outputPath(`${segment}-${locale}-${width}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`${segment}-${locale}-${width}`, { path, contentType: "image/png" });
      }
    }
  }
});
