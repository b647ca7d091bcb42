import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { EvidenceSearchBox } from "./evidence-search-box";

const render = (locale: "en" | "ko") =>
  renderToStaticMarkup(
    <QueryClientProvider client={new QueryClient()}>
      <NextIntlClientProvider locale={locale} timeZone="Asia/Seoul" messages={locale === "ko" ? ko : en}>
        <EvidenceSearchBox slug="kakao-pay-alipay-2024" />
      </NextIntlClientProvider>
    </QueryClientProvider>,
  );

describe("EvidenceSearchBox", () => {
  it("starts as a labelled search field with its hint, in either language, and asks nothing yet", () => {
    const english = render("en");
    expect(english).toMatch(/<search[^>]*aria-label="Search inside the files"/);
    expect(english).toContain('type="search"');
    expect(english).toContain("Finds pages holding every word");
    expect(english).not.toContain("<ul");
    expect(render("ko")).toContain("파일 내용 검색");
  });
});
