// The articles a published finding cites: linked, in the reader's language; a version published
// before the library (no `articles`) shows its findings as before.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { FindingsList } from "./case-sections";

const render = (locale: "en" | "ko", node: ReactNode) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="Asia/Seoul" messages={locale === "ko" ? ko : en}>
      {node}
    </NextIntlClientProvider>,
  );

const ARTICLE = {
  lawCode: "CIUPA",
  lawName: "Credit Information Use and Protection Act",
  lawNameKo: "신용정보의 이용 및 보호에 관한 법률",
  number: "32(1)",
  title: "Consent to provision of personal credit information",
  titleKo: "개인신용정보의 제공·활용에 대한 동의",
  url: "https://www.law.go.kr/",
};
const finding = { id: "f1", title: "Provided without consent", titleKo: "동의 없이 제공", body: "Daily.", bodyKo: "매일." };

describe("a published finding's articles", () => {
  it("are linked to their text, in English on an English page", () => {
    const html = render("en", <FindingsList findings={[{ ...finding, articles: [ARTICLE] }] as PublishedCase["findings"]} />);
    expect(html).toContain('href="https://www.law.go.kr/"');
    expect(html).toContain("Credit Information Use and Protection Act, Art. 32(1)");
    expect(html).toContain("Consent to provision of personal credit information");
    expect(html).toContain(en.case.legalArticles);
  });

  it("read in Korean on a Korean page", () => {
    const html = render("ko", <FindingsList findings={[{ ...finding, articles: [ARTICLE] }] as PublishedCase["findings"]} />);
    expect(html).toContain("신용정보의 이용 및 보호에 관한 법률 제32조제1항");
    expect(html).toContain("개인신용정보의 제공·활용에 대한 동의");
    expect(html).not.toContain('lang="en"');
  });

  it("are absent from versions published before the library, which render as before", () => {
    const html = render("en", <FindingsList findings={[finding] as PublishedCase["findings"]} />);
    expect(html).not.toContain(en.case.legalArticles);
    expect(html).not.toContain("cited-articles");
  });
});
