import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { LocalizedText, type LocalizedTextProps } from "./localized-text";

const render = (locale: "en" | "ko", props: LocalizedTextProps) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="Asia/Seoul" messages={locale === "ko" ? ko : en}>
      <LocalizedText {...props} />
    </NextIntlClientProvider>,
  );

describe("LocalizedText", () => {
  it("shows the Korean text on a Korean page, unmarked", () => {
    expect(render("ko", { en: "Findings", ko: "검사 결과", as: "p" })).toBe("<p>검사 결과</p>");
  });

  it("marks English shown on a Korean page: lang=\"en\" on the text, and 영어 before it", () => {
    const html = render("ko", { en: "Paraphrased in the source.", ko: null, as: "p", className: "x" });
    expect(html).toContain('<p class="x" data-shown-in="en">');
    expect(html).toMatch(/data-language-mark="en">영어<\/span><span lang="en">Paraphrased in the source.<\/span><\/p>$/);
  });

  it("marks a field with no Korean counterpart the same way", () => {
    expect(render("ko", { en: "News1" })).toContain('<span lang="en">News1</span>');
  });

  it("shows English on an English page, and Korean marked as Korean when only Korean exists", () => {
    expect(render("en", { en: "Findings", ko: "검사 결과" })).toBe("<span>Findings</span>");
    const html = render("en", { en: "", ko: "검사 결과" });
    expect(html).toContain('data-language-mark="ko">Korean</span><span lang="ko">검사 결과</span>');
  });

  it("renders nothing when neither language has text", () => {
    expect(render("ko", { en: null, ko: " " })).toBe("");
  });
});
