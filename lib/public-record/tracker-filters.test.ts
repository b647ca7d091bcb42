import { describe, expect, it } from "vitest";
import type { PublicSanctionRow } from "./sanction-rows";
import { filterSanctions, pageOf, parseTrackerQuery, problemCodes, sortSanctions, TRACKER_PAGE_SIZE } from "./tracker-filters";

const org = (name: string, slug: string, nameKo: string | null = null, sector: "finance" | "telecom" | null = "finance") => ({ name, nameKo, slug, sector, country: "KR" });
const fss = org("Financial Supervisory Service", "fss", "금융감독원", null);

function row(id: string, extra: Partial<PublicSanctionRow> = {}): PublicSanctionRow {
  return {
    id,
    case: { slug: `case-${id}`, title: `Case ${id}`, titleKo: `사건 ${id}`, version: 1, isDemo: false },
    type: "fine",
    subject: org("Kakao Pay", "kakao-pay", "카카오페이"),
    authority: fss,
    decisionDate: "2025-01-22",
    amount: { minor: 1000n, currency: "KRW" },
    appealOutcome: null,
    finalAmount: null,
    articles: [],
    ...extra,
  };
}

const ok = (query: Record<string, string>) => {
  const parsed = parseTrackerQuery(query);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
};
const problems = (query: Record<string, string>) => {
  const parsed = parseTrackerQuery(query);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : problemCodes(parsed.error);
};

describe("parseTrackerQuery", () => {
  it("ignores unknown parameter names and blank values (a plain GET form sends every field)", () => {
    expect(ok({ utm_source: "x", year: "", sector: "" })).toEqual({ sort: "date", dir: "desc" });
  });

  it("refuses a year out of range, an unknown sector or type, a malformed article", () => {
    expect(problems({ year: "1989" })).toEqual(["year"]);
    expect(problems({ year: String(new Date().getUTCFullYear() + 2) })).toEqual(["year"]);
    expect(problems({ year: "20x5" })).toEqual(["year"]);
    expect(problems({ sector: "banking" })).toEqual(["sector"]);
    expect(problems({ type: "jail" })).toEqual(["type"]);
    expect(problems({ article: "CIUPA" })).toEqual(["article"]);
    expect(problems({ sort: "size" })).toEqual(["sort"]);
    expect(problems({ dir: "up" })).toEqual(["dir"]);
  });

  it("reads the amount range in the currency, and refuses a range without a currency, a bad amount, or an inverted range", () => {
    expect(ok({ currency: "eur", min: "1,000.50", max: "2000" })).toMatchObject({ currency: "EUR", min: 100050n, max: 200000n });
    expect(problems({ min: "5" })).toEqual(["needsCurrency"]);
    expect(problems({ currency: "KRW", min: "5.5" })).toEqual(["amount"]);
    expect(problems({ currency: "XXY" })).toEqual(["currency"]);
    expect(problems({ currency: "KRW", min: "10", max: "9" })).toEqual(["inverted"]);
  });

  it("reads the page of the table (the downloads take the whole view), and refuses a page that is not a positive number", () => {
    expect(ok({ page: "3" })).toMatchObject({ page: 3 });
    expect(ok({})).not.toHaveProperty("page");
    expect(problems({ page: "0" })).toEqual(["page"]);
    expect(problems({ page: "two" })).toEqual(["page"]);
  });

  it("reads the article as law code and number, and the sort with its default direction", () => {
    expect(ok({ article: "CIUPA:32", sort: "company" })).toMatchObject({ article: { lawCode: "CIUPA", number: "32" }, sort: "company", dir: "asc" });
    expect(ok({ sort: "amount", dir: "asc" })).toMatchObject({ sort: "amount", dir: "asc" });
  });
});

describe("filterSanctions", () => {
  const article = { lawCode: "CIUPA", lawName: "Credit Information Use and Protection Act", lawNameKo: "신용정보법", number: "32", title: null, titleKo: null, url: null };
  const rows = [
    row("a", { articles: [article] }),
    row("b", { decisionDate: "2023-03-01", type: "corrective_order", amount: null, subject: org("Naver", "naver", "네이버", "telecom") }),
    row("c", { amount: { minor: 5_000n, currency: "EUR" }, authority: org("CNIL", "cnil"), case: { slug: "cnil-case", title: "A French case", titleKo: "프랑스 사건", version: 1, isDemo: false } }),
    row("d", { decisionDate: null, amount: { minor: 20_000n, currency: "KRW" } }),
  ];
  const ids = (q: Record<string, string>) => filterSanctions(rows, ok(q)).map((r) => r.id);

  it("filters by decision year, sector, type, authority and article", () => {
    expect(ids({ year: "2023" })).toEqual(["b"]);
    expect(ids({ sector: "telecom" })).toEqual(["b"]);
    expect(ids({ type: "corrective_order" })).toEqual(["b"]);
    expect(ids({ authority: "cnil" })).toEqual(["c"]);
    expect(ids({ article: "CIUPA:32" })).toEqual(["a"]);
    expect(ids({ article: "CIUPA:33" })).toEqual([]);
  });

  it("keeps an amount range inside its currency: rows in another currency or without an amount are outside it", () => {
    expect(ids({ currency: "KRW", min: "1000" })).toEqual(["a", "d"]);
    expect(ids({ currency: "KRW", max: "1000" })).toEqual(["a"]);
    expect(ids({ currency: "EUR", min: "10", max: "50" })).toEqual(["c"]);
    expect(ids({ currency: "EUR" })).toEqual(["c"]);
  });

  it("searches both languages, case-insensitively and in NFC, over companies, case titles and article citations", () => {
    expect(ids({ q: "NAVER" })).toEqual(["b"]);
    expect(ids({ q: "네이버" })).toEqual(["b"]);
    expect(ids({ q: "네이버".normalize("NFD") })).toEqual(["b"]);
    expect(ids({ q: "프랑스 사건" })).toEqual(["c"]);
    expect(ids({ q: "french CASE" })).toEqual(["c"]);
    expect(ids({ q: "신용정보법" })).toEqual(["a"]);
    expect(ids({ q: "ciupa 32" })).toEqual(["a"]);
  });
});

describe("sortSanctions", () => {
  const rows = [
    row("krw-small", { amount: { minor: 10n, currency: "KRW" }, subject: org("Zeta", "zeta"), decisionDate: "2024-01-01" }),
    row("eur-big", { amount: { minor: 999_999n, currency: "EUR" }, subject: org("alpha", "alpha"), decisionDate: "2022-01-01" }),
    row("none", { amount: null, subject: org("Beta", "beta"), decisionDate: null }),
    row("krw-big", { amount: { minor: 1_000_000n, currency: "KRW" }, subject: org("Gamma", "gamma"), decisionDate: "2025-01-01" }),
    row("eur-small", { amount: { minor: 1n, currency: "EUR" }, subject: org("delta", "delta"), decisionDate: "2023-01-01" }),
  ];
  const order = (sort: "date" | "amount" | "company" | "case", dir: "asc" | "desc") => sortSanctions(rows, { sort, dir }).map((r) => r.id);

  it("orders amounts only within a currency, grouped by currency, rows without an amount last", () => {
    expect(order("amount", "desc")).toEqual(["eur-big", "eur-small", "krw-big", "krw-small", "none"]);
    expect(order("amount", "asc")).toEqual(["eur-small", "eur-big", "krw-small", "krw-big", "none"]);
  });

  it("orders by decision date (undated last either way) and by company name regardless of case", () => {
    expect(order("date", "desc")).toEqual(["krw-big", "krw-small", "eur-small", "eur-big", "none"]);
    expect(order("date", "asc")).toEqual(["eur-big", "eur-small", "krw-small", "krw-big", "none"]);
    expect(order("company", "asc")).toEqual(["eur-big", "none", "eur-small", "krw-big", "krw-small"]);
    expect(order("company", "desc")).toEqual(["krw-small", "krw-big", "eur-small", "none", "eur-big"]);
  });

  it("does not change the rows it is given", () => {
    const before = rows.map((r) => r.id);
    sortSanctions(rows, { sort: "amount", dir: "asc" });
    expect(rows.map((r) => r.id)).toEqual(before);
  });
});

describe("pageOf", () => {
  const many = Array.from({ length: TRACKER_PAGE_SIZE * 2 + 5 }, (_, i) => row(String(i)));
  it("cuts the rows into pages and says where the page is; a page past the end shows the last", () => {
    expect(pageOf(many, 1)).toMatchObject({ page: 1, pages: 3, from: 1, to: TRACKER_PAGE_SIZE });
    expect(pageOf(many, 3).rows.map((r) => r.id)).toEqual(["200", "201", "202", "203", "204"].map((id) => String(Number(id) - 200 + TRACKER_PAGE_SIZE * 2)));
    expect(pageOf(many, 9)).toMatchObject({ page: 3, from: TRACKER_PAGE_SIZE * 2 + 1, to: TRACKER_PAGE_SIZE * 2 + 5 });
    expect(pageOf([], 1)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0, rows: [] });
  });
});
