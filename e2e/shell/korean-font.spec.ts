import { expect, test } from "../support/fixtures";

// Without a font that has Hangul, the browser draws every syllable as the same empty box. Two
// different syllables drawn in the page's font must therefore differ. (.ci/run installs
// fonts-noto-cjk for this.)
test("Korean text is drawn with Hangul glyphs, not boxes", async ({ page }) => {
  await page.goto("/ko");
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1).toBeVisible();
  const drawnAlike = await h1.evaluate((el) => {
    const font = getComputedStyle(el).font;
    const draw = (text: string) => {
      const canvas = document.createElement("canvas");
      canvas.width = 96;
      canvas.height = 96;
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("no canvas");
      ctx.font = font.replace(/\d+(\.\d+)?px/, "64px");
      ctx.fillText(text, 8, 72);
      return canvas.toDataURL();
    };
    return draw("가") === draw("힣");
  });
  expect(drawnAlike, "가 and 힣 look the same: no Hangul font").toBe(false);
});
