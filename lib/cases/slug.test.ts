import { describe, expect, it } from "vitest";
import { checkSlug, isCaseSlug, proposeSlug, romanizeHangul } from "./slug";

describe("proposing a slug from the title", () => {
  it("keeps latin letters and digits, in lower case, joined by single hyphens", () => {
    expect(proposeSlug("Kakao Pay shared 40 million customers' data with Alipay")).toBe("kakao-pay-shared-40-million-customers-data-with-alipay");
    expect(proposeSlug("  --Café  Ünïcode & Co.--  ")).toBe("cafe-unicode-co");
  });

  it("romanizes a Korean title (Revised Romanization, syllable by syllable)", () => {
    expect(romanizeHangul("카카오페이")).toBe("kakaopei");
    expect(romanizeHangul("알리페이")).toBe("allipei");
    expect(proposeSlug("카카오페이 알리페이 정보 제공")).toBe("kakaopei-allipei-jeongbo-jegong");
    expect(proposeSlug("금융감독원 2024 검사")).toBe("geumyunggamdogwon-2024-geomsa");
  });

  it("falls back when nothing latin can be made of the title", () => {
    expect(proposeSlug("！？…", { fallback: "case-2026-05-01" })).toBe("case-2026-05-01");
    expect(proposeSlug("支付宝", { fallback: "case-2026-05-01" })).toBe("case-2026-05-01");
    expect(proposeSlug("")).toBe("case");
  });

  it("cuts a long title at a word boundary, never leaving a hyphen at the end", () => {
    const slug = proposeSlug("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^word(-word)+$/);
  });

  it("never proposes an address the workspace uses itself", () => {
    expect(proposeSlug("New")).toBe("new-case");
    expect(checkSlug(proposeSlug("New"))).toBeNull();
  });

  it("always proposes a slug the rule accepts and the routes can find", () => {
    for (const title of ["Kakao Pay", "카카오페이", "x", "New", "!!!", "a".repeat(200), "SK텔레콤 유심 해킹", "Ωμέγα"]) {
      const slug = proposeSlug(title, { fallback: "case-2026-05-01" });
      expect(checkSlug(slug), title).toBeNull();
      expect(isCaseSlug(slug), title).toBe(true);
    }
  });
});

describe("the slug rule", () => {
  it("accepts lower-case latin letters and digits in hyphen-separated words, 3 to 80 characters", () => {
    expect(checkSlug("kakao-pay-alipay-2024")).toBeNull();
    expect(checkSlug("abc")).toBeNull();
    expect(checkSlug("a".repeat(80))).toBeNull();
  });

  it("refuses anything else with a key the form translates", () => {
    expect(checkSlug("ab")).toBe("validation.slug.length");
    expect(checkSlug("a".repeat(81))).toBe("validation.slug.length");
    for (const bad of ["Kakao-Pay", "kakao pay", "kakao--pay", "-kakao", "kakao-", "카카오", "kakao_pay", "kakao/pay"]) expect(checkSlug(bad), bad).toBe("validation.slug.format");
  });

  it("refuses the addresses beside a case's own (the new-case form lives at /workspace/cases/new)", () => {
    expect(checkSlug("new")).toBe("validation.slug.reserved");
    expect(checkSlug("import")).toBe("validation.slug.reserved");
    expect(checkSlug("duplicates")).toBe("validation.slug.reserved");
  });
});
