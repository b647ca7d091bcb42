import { describe, expect, it } from "vitest";
import type { PublicArticle, PublicSnapshot } from "@/lib/publishing/snapshot";
import { median } from "./median";
import type { PublishedCaseRef } from "./published-case-ref";
import { categoryKey, publicStatistics } from "./statistics";

type Sanction = PublicSnapshot["sanctions"][number];
const kr = { name: "Pay Co", nameKo: "페이", slug: "pay-co", sector: "finance" as const, country: "KR" };
const de = { name: "Shop GmbH", nameKo: null, slug: "shop", sector: "retail" as const, country: "DE" };
const art = (lawCode: string, number: string): PublicArticle => ({ lawCode, lawName: lawCode, lawNameKo: null, number, title: null, titleKo: null, url: null });
const fine = (id: string, decisionDate: string | null, amount: string, currency: string, extra: Partial<Sanction> = {}): Sanction => ({ id, type: "fine", subjectName: "Pay Co", amount, currency, decisionDate, appealOutcome: null, ...extra });

function snap(slug: string, extra: Partial<PublicSnapshot> = {}): PublicSnapshot {
  return {
    schema: 1, slug, title: slug, titleKo: null, summary: "", summaryKo: null, isDemo: false, stage: "sanctioned",
    investigated: kr, authority: null, recipients: [],
    period: { start: null, startPrecision: "day", end: null, endPrecision: "day" },
    headline: { people: null, records: null }, figures: [], dataCategories: [], timeline: [], findings: [], statements: [],
    sanctions: [], sources: [], series: { days: 0, provenance: null }, ...extra,
  };
}
const ref = (raw: PublicSnapshot): PublishedCaseRef => ({ raw, version: 1, publishedAt: new Date("2026-01-01T00:00:00Z") });
const people = (value: number) => ({ value, provenance: "reported" as const, approximate: false, asOf: null, source: null, split: { active: null, dormant: null, former: null, unsplit: value } });
const milestones = (findingsOn: string | null, decidedOn: string | null) => ({ milestones: { findingsOn, decidedOn } });
const category = (name: string, nameKo: string | null = null) => ({ id: name, name, nameKo, consent: "not_obtained" as const, purposeClaimed: null, protectionMethod: "none" as const, reversibility: "not_tested" as const, reversibilityNote: null });
const recipient = (id: string, country: string | null | undefined) => ({ id, name: id, nameKo: null, relationship: null, ...(country === undefined ? {} : { country }) });

describe("median", () => {
  it("is the middle value of an odd count, and the mean of the two middle values of an even count", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([10, 13, 40, 1])).toBe(11.5);
    expect(median([])).toBeNull();
  });
});

describe("publicStatistics", () => {
  it("the median days from findings to decision skip cases without both dates; odd and even n", () => {
    const odd = publicStatistics([
      ref(snap("a", milestones("2024-01-01", "2024-01-11"))), // 10 days
      ref(snap("b", milestones("2024-03-01", "2024-03-31"))), // 30
      ref(snap("c", milestones("2023-12-01", "2024-02-29"))), // 90 (leap year)
      ref(snap("d", milestones("2024-05-01", null))), // no decision: excluded
      ref(snap("e")), // no milestones at all: excluded
    ]).findingsToDecision;
    expect(odd).toMatchObject({ medianDays: 30, n: 3 });
    const even = publicStatistics([
      ref(snap("a", milestones("2024-01-01", "2024-01-11"))), // 10, decided 2024
      ref(snap("b", milestones("2024-03-01", "2024-03-31"))), // 30, decided 2024
      ref(snap("c", milestones("2024-06-01", "2025-06-01"))), // 365, decided 2025
      ref(snap("f", milestones("2025-01-01", "2025-01-06"))), // 5, decided 2025
    ]).findingsToDecision;
    expect(even.medianDays).toBe(20); // (10 + 30) / 2
    expect(even.n).toBe(4);
    expect(even.byDecisionYear).toEqual([
      { year: 2024, medianDays: 20, n: 2 },
      { year: 2025, medianDays: 185, n: 2 },
    ]);
  });

  it("fines by year keep one total per currency: KRW and EUR in one year stay two totals", () => {
    const stats = publicStatistics([
      ref(snap("a", { sanctions: [fine("1", "2024-03-01", "1000", "KRW", { articles: [art("PIPA", "17")] }), fine("2", "2024-07-01", "12.50", "EUR", { subject: de, articles: [art("PIPA", "17"), art("GDPR", "44")] })] })),
      ref(snap("b", { sanctions: [fine("3", "2024-09-09", "500", "KRW"), fine("4", "2023-01-01", "7", "KRW"), { id: "5", type: "corrective_order", subjectName: "X", decisionDate: "2024-01-01", appealOutcome: null }] })),
    ]);
    expect(stats.finesByYear).toEqual([
      { key: 2023, fines: 1, totals: [{ minor: 7n, currency: "KRW" }] },
      { key: 2024, fines: 3, totals: [{ minor: 1250n, currency: "EUR" }, { minor: 1500n, currency: "KRW" }] },
    ]);
    // The subject's sector; the sanction without a subject record reads as the investigated company (finance).
    expect(stats.finesBySector).toEqual([
      { key: "finance", fines: 3, totals: [{ minor: 1507n, currency: "KRW" }] },
      { key: "retail", fines: 1, totals: [{ minor: 1250n, currency: "EUR" }] },
    ]);
    expect(stats.finesByArticle.map((b) => [b.key && `${b.key.lawCode} ${b.key.number}`, b.fines, b.totals])).toEqual([
      ["GDPR 44", 1, [{ minor: 1250n, currency: "EUR" }]],
      ["PIPA 17", 2, [{ minor: 1250n, currency: "EUR" }, { minor: 1000n, currency: "KRW" }]],
      [null, 2, [{ minor: 507n, currency: "KRW" }]],
    ]);
  });

  it("a fine counts at the amount that stands after an appeal (zero when annulled)", () => {
    const stats = publicStatistics([
      ref(snap("a", { sanctions: [fine("1", "2024-01-01", "400", "KRW", { appealOutcome: "reduced", amountBeforeAppeal: "1000" }), fine("2", "2024-02-01", "0", "KRW", { appealOutcome: "annulled", amountBeforeAppeal: "50" })] })),
    ]);
    expect(stats.finesByYear).toEqual([{ key: 2024, fines: 2, totals: [{ minor: 400n, currency: "KRW" }] }]);
  });

  it("cases by stage and by year: findings year, else the conduct's start year, else unknown", () => {
    const stats = publicStatistics([
      ref(snap("a", { ...milestones("2024-08-13", null), period: { start: "2018-04-01", startPrecision: "month", end: null, endPrecision: "day" } })),
      ref(snap("b", { stage: "closed", period: { start: "2018-04-01", startPrecision: "month", end: null, endPrecision: "day" } })),
      ref(snap("c", { stage: null })),
    ]);
    expect(stats.publishedCases).toBe(3);
    expect(stats.casesByYear).toEqual([
      { key: 2018, cases: 1 },
      { key: 2024, cases: 1 },
      { key: null, cases: 1 },
    ]);
    expect(stats.casesByStage.filter((s) => s.cases > 0)).toEqual([
      { key: "sanctioned", cases: 1 },
      { key: "closed", cases: 1 },
      { key: null, cases: 1 },
    ]);
    expect(stats.casesByStage.map((s) => s.key).slice(0, 6)).toEqual(["reported", "under_investigation", "findings_issued", "sanctioned", "under_appeal", "closed"]);
  });

  it("people by the case's year; records by calendar year across cases; cases without a figure counted", () => {
    const months = (...m: [string, number][]) => ({ series: { days: 0, provenance: null, months: m.map(([month, records]) => ({ month, records, days: 1, provenance: "reported" as const })) } });
    const stats = publicStatistics([
      ref(snap("a", { ...milestones("2024-01-01", null), headline: { people: people(100), records: null }, ...months(["2023-11-01", 5], ["2023-12-01", 6], ["2024-01-01", 7]) })),
      ref(snap("b", { ...milestones("2024-05-01", null), headline: { people: people(50), records: null }, ...months(["2024-02-01", 10]) })),
      ref(snap("c", { headline: { people: people(1), records: null } })),
      ref(snap("d")),
    ]);
    expect(stats.peopleByYear).toEqual([
      { year: 2024, total: 150, cases: 2 },
      { year: null, total: 1, cases: 1 },
    ]);
    expect(stats.casesWithoutPeople).toBe(1);
    expect(stats.recordsByYear).toEqual([
      { year: 2023, total: 11, cases: 1 },
      { year: 2024, total: 17, cases: 2 },
    ]);
    expect(stats.casesWithoutRecords).toBe(2);
  });

  it("data categories group case- and space-insensitively (NFC), count cases once, keep the commonest spelling per language", () => {
    const decomposed = "전화번호".normalize("NFD");
    expect(categoryKey("Phone  Number")).toBe(categoryKey("phonenumber"));
    const stats = publicStatistics([
      ref(snap("a", { dataCategories: [category("Phone number", "전화번호"), category("phone Number", decomposed)] })),
      ref(snap("b", { dataCategories: [category("Phone number", "전화 번호"), category("Name", "이름")] })),
      ref(snap("c", { dataCategories: [category("PhoneNumber", "전화번호")] })),
    ]);
    expect(stats.dataCategories).toEqual([
      { key: "phonenumber", name: "Phone number", nameKo: "전화번호", cases: 3 },
      { key: "name", name: "Name", nameKo: "이름", cases: 1 },
    ]);
    const many = Array.from({ length: 20 }, (_, i) => category(`Category ${String(i).padStart(2, "0")}`));
    expect(publicStatistics([ref(snap("m", { dataCategories: many }))]).dataCategories).toHaveLength(15);
  });

  it("recipients by country: from the investigated company's country to each recipient's; cross-border when they differ", () => {
    const stats = publicStatistics([
      ref(snap("a", { recipients: [recipient("alipay", "CN"), recipient("apple", "US"), recipient("kb", "KR")] })),
      ref(snap("b", { recipients: [recipient("ant", "CN"), recipient("old", undefined)] })),
    ]);
    expect(stats.recipientFlows).toEqual([
      { from: "KR", to: "CN", crossBorder: true, cases: 2, recipients: 2 },
      { from: "KR", to: "KR", crossBorder: false, cases: 1, recipients: 1 },
      { from: "KR", to: "US", crossBorder: true, cases: 1, recipients: 1 },
      { from: "KR", to: null, crossBorder: null, cases: 1, recipients: 1 },
    ]);
  });

  it("versions published before slugs, sectors and milestones count as not recorded, without crashing", () => {
    const old = snap("old", {
      investigated: { name: "Pay Co", nameKo: null },
      recipients: [{ id: "r", name: "Alipay", nameKo: null, relationship: null }],
      sanctions: [{ id: "s", type: "fine", subjectName: "Pay Co", amountKrw: "6000000000", decisionDate: null, appealOutcome: null }],
    });
    delete (old as Partial<PublicSnapshot>).stage;
    const stats = publicStatistics([ref(old)]);
    expect(stats.casesByStage.at(-1)).toEqual({ key: null, cases: 1 });
    expect(stats.casesByYear).toEqual([{ key: null, cases: 1 }]);
    expect(stats.finesByYear).toEqual([{ key: null, fines: 1, totals: [{ minor: 6_000_000_000n, currency: "KRW" }] }]);
    expect(stats.finesBySector).toEqual([{ key: null, fines: 1, totals: [{ minor: 6_000_000_000n, currency: "KRW" }] }]);
    expect(stats.finesByArticle).toEqual([{ key: null, fines: 1, totals: [{ minor: 6_000_000_000n, currency: "KRW" }] }]);
    expect(stats.recipientFlows).toEqual([{ from: null, to: null, crossBorder: null, cases: 1, recipients: 1 }]);
    expect(stats.findingsToDecision).toEqual({ medianDays: null, n: 0, byDecisionYear: [] });
  });

  it("a case taken down (absent from the published list) leaves every statistic", () => {
    const kept = snap("kept", { ...milestones("2024-01-01", "2024-01-31"), headline: { people: people(10), records: null }, dataCategories: [category("Name")], recipients: [recipient("r", "CN")], sanctions: [fine("1", "2024-02-01", "5", "KRW")] });
    const gone = snap("gone", { ...milestones("2020-01-01", "2020-12-31"), headline: { people: people(999), records: null }, dataCategories: [category("Secret")], recipients: [recipient("s", "JP")], sanctions: [fine("2", "2020-02-01", "9", "EUR")] });
    const before = publicStatistics([ref(kept), ref(gone)]);
    expect(JSON.stringify(before, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v))).toContain("Secret");
    expect(publicStatistics([ref(kept)])).toEqual(publicStatistics([ref(kept)]));
    const after = publicStatistics([ref(kept)]);
    const text = JSON.stringify(after, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    for (const trace of ["Secret", "JP", "EUR", "2020", "999"]) expect(text).not.toContain(trace);
    expect(after.publishedCases).toBe(1);
  });

  it("nothing published: every statistic is empty", () => {
    const stats = publicStatistics([]);
    expect(stats.publishedCases).toBe(0);
    expect(stats.casesByYear).toEqual([]);
    expect(stats.finesByYear).toEqual([]);
    expect(stats.findingsToDecision.n).toBe(0);
  });
});
