import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { SourcesList } from "./case-sections";

type Source = PublishedCase["sources"][number];
const base: Source = { id: "s1", title: "News report", url: null, note: null, kind: "press_report", publisher: null, publishedOn: new Date("2024-08-13T00:00:00Z"), publishedPrecision: "day" };

const render = (sources: Source[], locale: "en" | "ko" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="Asia/Seoul" messages={locale === "en" ? en : ko}>
      <SourcesList sources={sources} />
    </NextIntlClientProvider>,
  );

describe("a public source", () => {
  it("shows its publisher, its date at its precision and its link, opened without giving the target a way back", () => {
    const html = render([{ ...base, publisher: "Yonhap", url: "https://example.com/a?b=1&c=2", publishedOn: new Date("2024-08-01T00:00:00Z"), publishedPrecision: "month" }]);
    expect(html).toContain("Yonhap");
    expect(html).toContain("August 2024");
    expect(html).not.toContain("1 August 2024");
    expect(html).toContain('href="https://example.com/a?b=1&amp;c=2"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).not.toContain("not recorded");
  });

  it("says in words which of publisher and link is missing, in both languages", () => {
    expect(render([base])).toContain("Publisher and link not recorded");
    expect(render([{ ...base, url: "https://example.com/" }])).toContain("Publisher not recorded");
    expect(render([{ ...base, publisher: "Yonhap" }])).toContain("Link not recorded");
    expect(render([base], "ko")).toContain(ko.publicSources.publisherAndLinkMissing);
    expect(render([{ ...base, url: "https://example.com/" }], "ko")).toContain(ko.publicSources.publisherMissing);
    expect(render([{ ...base, publisher: "Yonhap" }], "ko")).toContain(ko.publicSources.linkMissing);
  });

  it("never links an address that is not http(s)", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "not a url"]) {
      const html = render([{ ...base, publisher: "Yonhap", url }]);
      expect(html, url).not.toContain("href=");
      expect(html, url).toContain("Link not recorded");
    }
  });
});
