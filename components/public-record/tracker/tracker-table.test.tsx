import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import type { PublicSanctionRow } from "@/lib/public-record/sanction-rows";
import { TRACKER_PAGE_SIZE } from "@/lib/public-record/tracker-filters";
import { trackerRowData } from "./tracker-row-data";
import { TrackerTable } from "./tracker-table";

const article = { lawCode: "CIUPA", lawName: "Credit Information Use and Protection Act", lawNameKo: "신용정보법", number: "32", title: null, titleKo: null, url: "https://law.example/ciupa/32" };

function row(i: number): PublicSanctionRow {
  return {
    id: `s${i}`,
    case: { slug: `pubset-case-${i}`, title: `Published case number ${i}`, titleKo: `공개 사건 ${i}`, version: 1, isDemo: false },
    type: "fine",
    subject: { name: `Company ${i}`, nameKo: i === 0 ? null : `회사 ${i}`, slug: `pubset-company-${i}`, sector: "finance" },
    authority: { name: "Financial Supervisory Service", nameKo: "금융감독원", slug: "fss" },
    decisionDate: "2025-01-22",
    amount: { minor: 1_500_000_000n + BigInt(i), currency: "KRW" },
    appealOutcome: i % 10 === 0 ? "reduced" : null,
    finalAmount: i % 10 === 0 ? { minor: 1_000_000_000n, currency: "KRW" } : null,
    articles: i % 2 === 0 ? [article] : [article, { ...article, number: "17", url: null }],
  };
}

const rows = Array.from({ length: TRACKER_PAGE_SIZE }, (_, i) => row(i));

function render(locale: "en" | "ko", shown = rows) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} timeZone="Asia/Seoul" messages={locale === "ko" ? ko : en}>
      <TrackerTable rows={shown} filters={{ sort: "date", dir: "desc" }} raw={{}} locale={locale} />
    </NextIntlClientProvider>,
  );
}

describe("the tracker's table", () => {
  it("shows every column the issue asks for, with the company, articles and case linked", () => {
    const html = render("en", [row(0), row(1)]);
    expect(html).toContain('href="/en/organisations/pubset-company-1"');
    expect(html).toContain('href="/en/cases/pubset-case-1"');
    expect(html).toContain('<a href="https://law.example/ciupa/32" rel="noreferrer noopener">CIUPA Art. 32</a><span class="block">CIUPA Art. 17</span>');
    expect(html).toContain("Financial Supervisory Service");
    expect(html).toContain("Finance");
    expect(html).toContain("₩1,500,000,000");
    expect(html).toContain("Reduced");
    expect(html).toContain('href="/en/sanctions?sort=amount&amp;dir=desc"');
  });

  it("says so where a row has no article, and marks a demo case", () => {
    const bare = { ...row(3), articles: [], case: { ...row(3).case, isDemo: true } };
    const html = render("en", [bare]);
    expect(html).toContain("<td>—</td><td>—</td><td>—</td>");
    expect(html).toMatch(/Published case number 3<\/a><span [^>]*>Demo<\/span>/);
  });

  it("marks a name shown in the other language, and only then gives it an element", () => {
    const html = render("ko", [row(0), row(1)]);
    expect(html).toContain('data-shown-in="en"');
    expect(html.match(/data-shown-in/g)).toHaveLength(1);
    expect(html).toContain(">회사 1</a>");
  });

  // The cached tracker's throughput falls with its bytes (docs/performance.md): cells carry no
  // class list of their own, and a full page stays small.
  it("keeps a full page light: no class on a cell, a few hundred bytes a row", () => {
    const html = render("en");
    expect(html).not.toMatch(/<td [^>]*class=/);
    expect(html).not.toMatch(/<(ul|li)[ >]/);
    const body = html.slice(html.indexOf("<tbody>"));
    expect(body.length / rows.length).toBeLessThan(600);
  });

  it("hands the rows to the browser as compact tuples, not a tree of cells", () => {
    const same = (key: string) => key;
    const data = trackerRowData(rows, { locale: "en", none: "—", sector: same, type: same, appeal: same });
    expect(data.shared).toEqual(["—", "finance", "Financial Supervisory Service", "fine", "reduced"]);
    expect(data.articles).toEqual([["CIUPA Art. 32", "https://law.example/ciupa/32"], ["CIUPA Art. 17"]]);
    expect(data.rows[1]).toEqual(["pubset-case-1", "s1", ["Company 1", "pubset-company-1"], 1, 2, "22 January 2025", 3, "₩1,500,000,001", [0, 1], 0, "—", "Published case number 1"]);
    expect(JSON.stringify(data).length / rows.length).toBeLessThan(200);
  });
});
