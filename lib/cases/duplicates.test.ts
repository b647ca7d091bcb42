import { describe, expect, it } from "vitest";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { periodBounds, periodsOverlap } from "./conduct-period";
import { duplicateReasons, SIMILAR_TITLE } from "./duplicates";

const period = (start: string | null, end: string | null, startPrecision: DatePrecision = "day", endPrecision: DatePrecision = "day") => ({ start, end, startPrecision, endPrecision });

describe("a conduct period's bounds", () => {
  it("widens a start and an end to the whole month or year their precision says", () => {
    expect(periodBounds({ start: "2018-04-01", startPrecision: "month", end: "2024-07-01", endPrecision: "month" })).toEqual({ from: "2018-04-01", to: "2024-07-31" });
    expect(periodBounds({ start: "2018-06-15", startPrecision: "year", end: "2024-02-10", endPrecision: "year" })).toEqual({ from: "2018-01-01", to: "2024-12-31" });
    expect(periodBounds({ start: "2024-02-01", startPrecision: "day", end: "2024-02-01", endPrecision: "month" })).toEqual({ from: "2024-02-01", to: "2024-02-29" });
  });

  it("leaves an unknown start open to the past and a missing end open (ongoing); no dates at all is no period", () => {
    expect(periodBounds(period("2020-01-01", null))).toEqual({ from: "2020-01-01", to: null });
    expect(periodBounds(period(null, "2020-01-01"))).toEqual({ from: null, to: "2020-01-01" });
    expect(periodBounds(period(null, null))).toBeNull();
  });
});

describe("overlapping conduct periods", () => {
  it("overlap when they share at least one day, touching ends included", () => {
    expect(periodsOverlap(period("2020-01-01", "2020-12-31"), period("2020-12-31", "2021-06-30"))).toBe(true);
    expect(periodsOverlap(period("2020-01-01", "2020-12-30"), period("2020-12-31", "2021-06-30"))).toBe(false);
  });

  it("read each end at its precision: May 2020 overlaps a period that starts on 31 May 2020", () => {
    expect(periodsOverlap(period("2020-01-01", "2020-05-01", "day", "month"), period("2020-05-31", "2020-06-30"))).toBe(true);
    expect(periodsOverlap(period("2020-01-01", "2020-05-01"), period("2020-05-31", "2020-06-30"))).toBe(false);
  });

  it("an ongoing period overlaps everything after its start; an undated case overlaps nothing", () => {
    expect(periodsOverlap(period("2018-04-01", null), period("2030-01-01", "2030-02-01"))).toBe(true);
    expect(periodsOverlap(period("2018-04-01", null), period("2010-01-01", "2018-03-31"))).toBe(false);
    expect(periodsOverlap(period(null, null), period("2010-01-01", "2030-01-01"))).toBe(false);
  });

  it("is symmetric", () => {
    const periods = [period("2020-01-01", "2020-12-31"), period("2020-06-01", null), period(null, "2019-12-31"), period(null, null), period("2021-01-01", "2021-01-01", "year", "year")];
    for (const a of periods) for (const b of periods) expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
  });
});

describe("why an open case may be the same as a new one", () => {
  const draft = { organizationId: "org-1", period: period("2020-01-01", "2020-12-31") };
  const existing = { investigatedOrgId: "org-2", titleSimilarity: 0, period: period("2022-01-01", "2022-12-31") };

  it("names each reason that holds: same organisation, overlapping period, similar title", () => {
    expect(duplicateReasons(draft, { ...existing, investigatedOrgId: "org-1" })).toEqual(["organization"]);
    expect(duplicateReasons(draft, { ...existing, period: period("2020-06-01", null) })).toEqual(["period"]);
    expect(duplicateReasons(draft, { ...existing, titleSimilarity: SIMILAR_TITLE })).toEqual(["title"]);
    expect(duplicateReasons(draft, { investigatedOrgId: "org-1", titleSimilarity: 0.9, period: period("2020-03-01", "2020-04-01") })).toEqual(["organization", "period", "title"]);
  });

  it("names none for an unrelated case, or for a draft with no organisation, dates or title yet", () => {
    expect(duplicateReasons(draft, existing)).toEqual([]);
    expect(duplicateReasons({ organizationId: null, period: period(null, null) }, { ...existing, titleSimilarity: 0.2 })).toEqual([]);
  });
});
