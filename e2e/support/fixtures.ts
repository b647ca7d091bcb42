import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const REFERENCE_CASE = "/cases/kakao-pay-alipay-2024";

/** Runs axe (WCAG 2.1 A and AA) on the current page and returns the violations. */
async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
}

export const test = base.extend<{ axe: () => ReturnType<typeof accessibilityViolations> }>({
  // A client component whose page did not hand on its namespace (<ClientMessages>) shows the key
  // instead of the words, and next-intl says so in the console: any such line fails the test.
  page: async ({ page }, provide) => {
    const missing: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("MISSING_MESSAGE")) missing.push(`${page.url()}: ${message.text()}`);
    });
    await provide(page);
    expect(missing, "messages a client component read that its page did not hand on").toEqual([]);
  },
  axe: async ({ page }, provide) => {
    await provide(() => accessibilityViolations(page));
  },
});

export { expect };
