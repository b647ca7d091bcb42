import { describe, expect, it } from "vitest";
import { publicStatistics } from "@/lib/public-record/statistics";
import { statisticsJson } from "@/lib/public-record/statistics-json";
import type { PublicSnapshot } from "@/lib/publishing/snapshot";
import { statisticRows } from "./statistics-rows";

const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ""}`;
const fine = (id: string, amount: string, currency: string) => ({ id, type: "fine" as const, subjectName: "Pay Co", amount, currency, decisionDate: "2024-05-01", appealOutcome: null });
const raw = {
  schema: 1, slug: "a", title: "a", titleKo: null, summary: "", summaryKo: null, isDemo: false, stage: null,
  investigated: { name: "Pay Co", nameKo: null, country: "KR" }, authority: null, recipients: [{ id: "r", name: "R", nameKo: null, relationship: null, country: "CN" }],
  period: { start: null, startPrecision: "day", end: null, endPrecision: "day" }, headline: { people: null, records: null },
  figures: [], dataCategories: [], timeline: [], findings: [], statements: [], sources: [], series: { days: 0, provenance: null },
  sanctions: [fine("1", "6000000000", "KRW"), fine("2", "12.50", "EUR")],
} satisfies PublicSnapshot;

describe("statisticRows", () => {
  it("gives fines one raw column per currency for the CSV, with its formatted text for the table", () => {
    const stats = statisticsJson(publicStatistics([{ raw, version: 1, publishedAt: new Date() }]), new Date());
    const ko = statisticRows(stats, { t, stage: t, sector: t, locale: "ko" });
    expect(ko.finesByYear.columns.map((c) => c.key)).toEqual(["year", "fines", "total_EUR", "total_KRW"]);
    expect(ko.finesByYear.rows[0]).toMatchObject({ year: "2024", fines: 2, total_KRW: "6000000000", total_KRW_text: "60억 원", total_EUR: "12.50" });
    expect(ko.byStage.at(-1)).toMatchObject({ stage: "notStated", cases: 1 });
    expect(ko.recipients[0]).toMatchObject({ from: "대한민국", to: "중국", cross_border: "yes" });
    const en = statisticRows(stats, { t, stage: t, sector: t, locale: "en" });
    expect(en.finesByYear.rows[0]).toMatchObject({ total_EUR_text: "€12.50", total_KRW_text: "₩6,000,000,000" });
    expect(en.finesBySector.rows[0]).toMatchObject({ sector: "notClassified" });
  });
});
