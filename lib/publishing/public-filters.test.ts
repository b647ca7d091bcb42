import { describe, expect, it } from "vitest";
import { HOME_QUERY_KEYS } from "./public-filter-keys";
import { filterPublishedCases, publicFiltersSchema } from "./public-filters";

const base = { titleKo: null, summaryKo: null, investigated: { name: "Org", nameKo: null } };
const cases = [
  { ...base, slug: "a", title: "Kakao Pay and Alipay", titleKo: "카카오페이와 알리페이", summary: "Credit data", stage: "findings_issued", publishedAt: new Date("2026-03-01"), dataCategories: [{ name: "Mobile phone number", nameKo: "휴대전화번호" }] },
  { ...base, slug: "b", title: "Fitness app", summary: "Location data", stage: "closed", publishedAt: new Date("2025-05-01"), dataCategories: [{ name: "Location", nameKo: null }] },
];
const slugs = (f: Record<string, unknown>) => filterPublishedCases(cases, publicFiltersSchema.parse(f)).map((c) => c.slug);

describe("public case filters", () => {
  it("filters by words in either language, state, data category and year of publication", () => {
    expect(slugs({ q: "alipay credit" })).toEqual(["a"]);
    expect(slugs({ q: "알리페이" })).toEqual(["a"]);
    expect(slugs({ stage: "closed" })).toEqual(["b"]);
    expect(slugs({ category: "휴대전화번호" })).toEqual(["a"]);
    expect(slugs({ year: "2025" })).toEqual(["b"]);
    expect(slugs({})).toEqual(["a", "b"]);
    expect(slugs({ q: "nothing like this" })).toEqual([]);
  });

  it("ignores nonsense in the address instead of failing", () => {
    expect(publicFiltersSchema.parse({ stage: "fined", year: "abc" })).toEqual({ q: undefined, stage: undefined, category: undefined, year: undefined });
  });
});

describe("the keys that send the home page to its per-request view", () => {
  it("are exactly the filters' keys: a filter missing from next.config.ts's rewrite would be ignored by the cached page", () => {
    expect([...HOME_QUERY_KEYS].sort()).toEqual(Object.keys(publicFiltersSchema.shape).sort());
  });
});
