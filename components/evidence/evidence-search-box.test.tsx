import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NextIntlClientProvider } from "next-intl";
import { NuqsTestingAdapter } from "nuqs/adapters/testing";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { EvidenceSearchBox } from "./evidence-search-box";

const render = (locale: "en" | "ko", searchParams = "") =>
  renderToStaticMarkup(
    <NuqsTestingAdapter searchParams={searchParams}>
      <QueryClientProvider client={new QueryClient()}>
        <NextIntlClientProvider locale={locale} timeZone="Asia/Seoul" messages={locale === "ko" ? ko : en}>
          <EvidenceSearchBox slug="kakao-pay-alipay-2024" />
        </NextIntlClientProvider>
      </QueryClientProvider>
    </NuqsTestingAdapter>,
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

  it("starts from the words in the address, so a search can be shared", () => {
    expect(render("ko", "?q=개인신용정보")).toMatch(/<input[^>]*value="개인신용정보"/);
  });
});
