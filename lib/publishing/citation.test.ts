import { describe, expect, it } from "vitest";
import { citeBibtex, citeCslJson, citePlain, escapeBibtex, versionUrl, type CitationInput } from "./citation";

const base: CitationInput = {
  slug: "kakao-pay-alipay-2024",
  title: "Kakao Pay shared 40 million customers’ data with Alipay",
  authority: "Financial Supervisory Service",
  version: 2,
  publishedAt: new Date("2024-08-20T16:30:00Z"), // 21 August in Seoul
  url: "https://casefile.example/en/cases/kakao-pay-alipay-2024/versions/2",
  accessed: "2026-12-01",
  locale: "en",
};

describe("the version's own address", () => {
  it("is absolute, names the language and the version", () => {
    expect(versionUrl({ site: new URL("https://casefile.example/"), locale: "ko", slug: "a-case", version: 3 })).toBe("https://casefile.example/ko/cases/a-case/versions/3");
    expect(versionUrl({ site: new URL("http://localhost:3000"), locale: "en", slug: "a-case", version: 1 })).toBe("http://localhost:3000/en/cases/a-case/versions/1");
  });
});

describe("plain citation", () => {
  it("gives the authority, title, version, publication day in Seoul, the absolute address and the access day, in English", () => {
    expect(citePlain(base)).toBe(
      "Financial Supervisory Service, “Kakao Pay shared 40 million customers’ data with Alipay”, public summary version 2, published 21 August 2024. Casefile. https://casefile.example/en/cases/kakao-pay-alipay-2024/versions/2 (accessed 1 December 2026).",
    );
  });

  it("in Korean, with Korean dates", () => {
    const text = citePlain({ ...base, locale: "ko", title: "카카오페이 사건", authority: "금융감독원", url: base.url.replace("/en/", "/ko/") });
    expect(text).toBe("금융감독원, 「카카오페이 사건」, 공개 요약 버전 2, 2024년 8월 21일 공개. Casefile. https://casefile.example/ko/cases/kakao-pay-alipay-2024/versions/2 (2026년 12월 1일 접속).");
  });

  it("names Casefile as the author when no authority is published", () => {
    expect(citePlain({ ...base, authority: null })).toMatch(/^Casefile, “/);
  });
});

describe("BibTeX", () => {
  it("escapes every special character", () => {
    expect(escapeBibtex("{a}% & $5 #1 a_b ^ ~ \\")).toBe("\\{a\\}\\% \\& \\$5 \\#1 a\\_b \\textasciicircum{} \\textasciitilde{} \\textbackslash{}");
  });

  it("is one @misc entry with title, author, year, url, version note and access date", () => {
    const entry = citeBibtex({ ...base, title: "Fines & 100% of {data}", authority: "A_B #1" });
    expect(entry).toBe(
      [
        "@misc{casefile-kakao-pay-alipay-2024-v2,",
        "  title = {{Fines \\& 100\\% of \\{data\\}}},",
        "  author = {{A\\_B \\#1}},",
        "  year = {2024},",
        "  howpublished = {Casefile},",
        "  url = {https://casefile.example/en/cases/kakao-pay-alipay-2024/versions/2},",
        "  version = {2},",
        "  note = {Public summary version 2, published 2024-08-21},",
        "  urldate = {2026-12-01}",
        "}",
      ].join("\n"),
    );
  });

  it("keeps braces balanced whatever the title holds", () => {
    const entry = citeBibtex({ ...base, title: "}}}{{ \\}" });
    const unescaped = entry.replace(/\\[{}]/g, "");
    expect(unescaped.split("{").length).toBe(unescaped.split("}").length);
  });

  it("writes its note in the reader's language", () => {
    expect(citeBibtex({ ...base, locale: "ko" })).toContain("  note = {공개 요약 버전 2, 2024-08-21 공개},");
  });

  it("names Casefile as the author when no authority is published", () => {
    expect(citeBibtex({ ...base, authority: null })).toContain("  author = {{Casefile}},");
  });
});

describe("CSL-JSON", () => {
  it("is an array of one webpage item with the fields a reference manager reads", () => {
    const items = JSON.parse(citeCslJson(base)) as unknown[];
    expect(items).toEqual([
      {
        id: "casefile-kakao-pay-alipay-2024-v2",
        type: "webpage",
        title: base.title,
        "container-title": "Casefile",
        author: [{ literal: "Financial Supervisory Service" }],
        URL: base.url,
        version: "2",
        language: "en",
        issued: { "date-parts": [[2024, 8, 21]] },
        accessed: { "date-parts": [[2026, 12, 1]] },
      },
    ]);
  });

  it("keeps quotes and backslashes as data, not syntax", () => {
    const items = JSON.parse(citeCslJson({ ...base, title: 'He said "no" \\ then' })) as { title: string }[];
    expect(items[0]?.title).toBe('He said "no" \\ then');
  });
});
