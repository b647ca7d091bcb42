// A Korean page shows no English interface text, and no English content that is not marked as
// English (lang="en"): the public case page and every workspace page of the reference case. The
// English phrases are the messages whose Korean differs (tests/support/english-ui-phrases.ts), so
// a string left untranslated or hard-coded from the messages shows up here.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { englishRuns, englishUiPhrases, findEnglishPhrases } from "@/tests/support/english-ui-phrases";
import { expect, REFERENCE_CASE, test } from "../support/fixtures";
import { signInAs } from "../support/session";

const messages = (locale: "en" | "ko") => JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../lib/i18n/messages/${locale}.json`), "utf8")) as Parameters<typeof englishUiPhrases>[0];
const en = messages("en");
const ko = messages("ko") as { publishing: { koreanNone: string } } & Parameters<typeof englishUiPhrases>[1];
const PHRASES = englishUiPhrases(en, ko);

/** The demo users' names and addresses are data, not interface text (the workspace shows who is signed in). */
const DEMO_NAMES = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../.data/e2e/demo-credentials.json"), "utf8")) as { name: string; email: string }[]).flatMap((u) => [u.name, u.email]);

/** Every text a reader meets outside an element marked lang="en": text, labels, titles, placeholders, the page title. */
async function textsOutsideEnglish(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const inEnglish = (el: Element) => el.closest("[lang]")?.getAttribute("lang") === "en";
    const out = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // Machine text (the audit trail's raw JSON, an address) is in no language.
      if (!parent || ["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(parent.tagName) || parent.closest("pre, code") || inEnglish(parent)) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-roledescription]")) {
      if (inEnglish(el)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-roledescription"]) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
  return texts.map((t) => DEMO_NAMES.reduce((text, name) => text.replaceAll(name, ""), t));
}

async function open(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  // The charts and other lazily loaded parts draw their labels too.
  await page.waitForLoadState("networkidle");
}

test.describe("Korean pages speak Korean", () => {
  test("the public case page: no English interface text, and English content only where marked", async ({ page }) => {
    await open(page, `/ko${REFERENCE_CASE}`);
    // The charts load when they come into view: their axes, legends and controls are read too.
    await page.locator("#charts").scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-wrapper").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    const texts = await textsOutsideEnglish(page);
    expect(findEnglishPhrases(texts, PHRASES)).toEqual([]);
    // The reference case has Korean for everything it publishes: nothing needs the mark.
    expect(englishRuns(texts)).toEqual([]);
    await expect(page.locator("[data-language-mark]")).toHaveCount(0);
  });

  const SEGMENTS = ["", "findings", "data-categories", "recipients", "estimates", "figures", "timeline", "statements", "sources", "series", "workflow", "publish", "activity", "report"];
  for (const segment of SEGMENTS) {
    test(`the workspace's ${segment || "overview"} page of the reference case has no English interface text`, async ({ page }) => {
      await signInAs(page, "regulator@casefile.demo");
      await open(page, `/ko/workspace${REFERENCE_CASE}${segment ? `/${segment}` : ""}`);
      expect(findEnglishPhrases(await textsOutsideEnglish(page), PHRASES)).toEqual([]);
    });
  }

  test("the composer lists what a version would publish without Korean, with a link to each item", async ({ page }) => {
    await signInAs(page, "regulator@casefile.demo");
    await open(page, `/ko/workspace${REFERENCE_CASE}/publish`);
    const list = page.getByTestId("missing-korean");
    await expect(list).toContainText(ko.publishing.koreanNone);
    const wording = page.getByRole("textbox", { name: /의 공개 문구$/ }).first();
    await wording.fill("A public English wording with no Korean beside it.");
    const gap = list.locator('[data-missing-korean="finding"]');
    await expect(gap).toHaveCount(1);
    await expect(gap.getByRole("link")).toHaveAttribute("href", new RegExp(`^/ko/workspace${REFERENCE_CASE}/findings/\\w+$`));
    await page.getByRole("textbox", { name: /의 공개 문구 \(한국어\)$/ }).first().fill("한국어 공개 문구.");
    await expect(list).toContainText(ko.publishing.koreanNone);
  });
});
