import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import type { Locale } from "@/lib/i18n/locales";
import type { FeedWords } from "@/lib/publishing/atom-feed";
import type { PublicSnapshot } from "@/lib/publishing/snapshot";
import { fullSnapshot, oldSnapshot } from "@/tests/support/public-snapshot-fixtures";
import { casesNaming, organisationEntries, sanctionEntries, type SanctionLabels } from "./feeds";
import { publicSanctionRows } from "./sanction-rows";

const messages = (locale: Locale) => (locale === "en" ? en : ko) as Record<string, unknown>;
const words = (locale: Locale) => createTranslator({ locale, messages: messages(locale), namespace: "feeds" }) as unknown as FeedWords;
function labels(locale: Locale): SanctionLabels {
  const t = createTranslator({ locale, messages: messages(locale), namespace: "workflow" }) as unknown as (key: string) => string;
  return { type: (type) => t(`sanctionTypes.${type}`), outcome: (outcome) => t(`appealOutcomes.${outcome}`) };
}
const origin = "https://casefile.example";
const refs = [
  { raw: fullSnapshot, version: 3, publishedAt: new Date("2026-02-01T00:00:00Z") },
  { raw: oldSnapshot, version: 1, publishedAt: new Date("2025-01-01T00:00:00Z") },
];

describe("the sanctions feed", () => {
  const entries = (locale: Locale) => sanctionEntries(publicSanctionRows(refs), refs, { origin, locale, words: words(locale), labels: labels(locale) });

  it("one entry per published sanction, newest decision first, undated last, each stable and linked to its case", () => {
    const list = entries("en");
    expect(list.map((e) => e.id)).toEqual([
      "urn:casefile:sanction:pay-co-shares:s2",
      "urn:casefile:sanction:pay-co-shares:s1",
      "urn:casefile:sanction:old-case:s1",
      "urn:casefile:sanction:pay-co-shares:s3",
    ]);
    expect(list[0]!.url).toBe(`${origin}/en/cases/pay-co-shares`);
    expect(list[0]!.updated).toEqual(new Date("2026-02-01T00:00:00Z"));
    expect(entries("ko")[0]!.id).toBe("urn:casefile:sanction:pay-co-shares:s2:ko");
  });

  it("titles the subject, type and the amount that stands; summarises authority, day, appeal and articles", () => {
    const [reduced, fine] = entries("en");
    expect(reduced!.title.text).toBe("Partner <Ltd>: Fine, €1,234.50");
    expect(reduced!.summary.text).toContain("Decided by Financial Supervisory Service on 1 March 2025.");
    expect(reduced!.summary.text).toContain("Appeal: Reduced; amount after appeal €1,234.50.");
    expect(fine!.summary.text).toContain("Articles: Personal Information Protection Act, Art. 17(1).");
    expect(fine!.summary.text).toContain("Case: Pay Co shared customer data.");
  });

  it("in Korean: Korean names, labels, amounts and dates, and the English name marked where there is no Korean one", () => {
    const [reduced, fine] = entries("ko");
    expect(fine!.title.text).toBe("페이: 과징금·과태료, 150억 원");
    expect(fine!.summary.text).toContain("금융감독원 결정, 2025년 1월 22일.");
    expect(fine!.summary.text).toContain("조항: 개인정보 보호법 제17조제1항.");
    expect(reduced!.title).toEqual({ text: "Partner <Ltd>: 과징금·과태료, €1,234.50" });
  });
});

describe("a company's feed", () => {
  it("lists the published cases that name the company, with its roles", () => {
    expect(casesNaming(refs, "pay-co").map((c) => [c.ref.raw.slug, c.roles])).toEqual([["pay-co-shares", ["investigated", "sanctioned"]]]);
    expect(casesNaming(refs, "nobody")).toEqual([]);
    // A version published before organisation records names no record: it cannot be matched.
    expect(casesNaming(refs, "old-co")).toEqual([]);
  });

  it("has one entry per publication of those cases, saying the company's role", () => {
    const other: PublicSnapshot = { ...fullSnapshot, slug: "second", title: "Second", titleKo: null, investigated: { name: "X", nameKo: null, slug: "x" }, sanctions: [] };
    const named = casesNaming([...refs, { raw: other, version: 1, publishedAt: new Date("2026-03-01T00:00:00Z") }], "partner");
    const events = new Map([
      ["pay-co-shares", [{ id: "v3", number: 3, publishedAt: new Date("2026-02-01T00:00:00Z"), correctionNote: "Fixed", snapshot: fullSnapshot }]],
      ["second", [{ id: "w1", number: 1, publishedAt: new Date("2026-03-01T00:00:00Z"), correctionNote: null, snapshot: other }]],
    ]);
    const list = organisationEntries(named, events, { origin, locale: "en", words: words("en") });
    expect(list.map((e) => e.id)).toEqual(["urn:casefile:publication:w1", "urn:casefile:publication:v3"]);
    expect(list[0]!.summary.text).toBe("Received the data in this case. Pay Co shared data.");
    expect(list[1]!.summary.text).toBe("Received the data, Sanctioned in this case. Fixed");
    expect(organisationEntries(named, events, { origin, locale: "ko", words: words("ko") })[0]!.summary).toEqual({ text: "이 사건에서의 역할: 정보 수령. 페이가 정보를 제공했다." });
  });
});
