import { describe, expect, it } from "vitest";
import { clockDueAt } from "@/lib/workflow/clocks";
import { dueFromDay, dueFromInstant, endOfDayIn, formatZoned, freezeRule, hoursLate, startOfDayIn, zonedDayOf, zonedInstant } from "./clock-rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const KR = { id: "r-kr", jurisdictionCode: "KR", length: 10, unit: "days" as const };
const seoul = "Asia/Seoul";
const brussels = "Europe/Brussels";

describe("freezing a rule", () => {
  it("copies the rule, its jurisdiction and zone", () => {
    expect(freezeRule(KR, seoul)).toEqual({ ruleId: "r-kr", ruleJurisdiction: "KR", ruleTimeZone: seoul, ruleLength: 10, ruleUnit: "days" });
  });

  it("a rule with no length does not start a clock", () => {
    expect(freezeRule({ ...KR, length: null }, seoul)).toBeNull();
  });

  it("the frozen copy is a copy: changing the rule afterwards changes nothing in it", () => {
    const rule = { ...KR };
    const frozen = freezeRule(rule, seoul);
    rule.length = 30;
    expect(frozen?.ruleLength).toBe(10);
    expect(dueFromDay(day("2025-03-01"), frozen!).dueAt.toISOString()).toBe("2025-03-11T15:00:00.000Z");
  });
});

describe("windows in days end at the close of their last day in the jurisdiction's zone", () => {
  it("Korea behaves exactly as before (clockDueAt, Seoul calendar days)", () => {
    const frozen = freezeRule(KR, seoul)!;
    for (const start of ["2025-03-01", "2024-12-25", "2024-02-28", "2026-07-31"]) {
      for (const length of [1, 10, 90]) {
        const r = dueFromDay(day(start), { ...frozen, ruleLength: length });
        expect(r.dueAt.toISOString()).toBe(clockDueAt(day(start), length).toISOString());
        expect(r.startsAt.toISOString()).toBe(new Date(day(start).getTime() - 9 * 3_600_000).toISOString());
      }
    }
  });

  it("in Brussels, winter (UTC+1) and summer (UTC+2), and across the spring change", () => {
    const eu = freezeRule({ id: "r-eu", jurisdictionCode: "EU", length: 10, unit: "days" }, brussels)!;
    expect(dueFromDay(day("2025-01-10"), eu).dueAt.toISOString()).toBe("2025-01-20T23:00:00.000Z");
    expect(dueFromDay(day("2025-07-10"), eu).dueAt.toISOString()).toBe("2025-07-20T22:00:00.000Z");
    // Served 25 March (winter time), due at the close of 4 April (summer time).
    expect(dueFromDay(day("2025-03-25"), eu).dueAt.toISOString()).toBe("2025-04-04T22:00:00.000Z");
    expect(dueFromDay(day("2025-03-25"), eu).startsAt.toISOString()).toBe("2025-03-24T23:00:00.000Z");
  });

  it("start and end of a day in a zone", () => {
    expect(startOfDayIn(day("2025-03-01"), seoul).toISOString()).toBe("2025-02-28T15:00:00.000Z");
    expect(endOfDayIn(day("2025-03-01"), seoul).toISOString()).toBe("2025-03-01T14:59:59.999Z");
    expect(endOfDayIn(day("2025-10-26"), brussels).toISOString()).toBe("2025-10-26T22:59:59.999Z");
  });

  it("the calendar day of an instant, in a zone", () => {
    expect(zonedDayOf(new Date("2025-03-01T16:00:00Z"), seoul).toISOString()).toBe("2025-03-02T00:00:00.000Z");
    expect(zonedDayOf(new Date("2025-03-01T16:00:00Z"), brussels).toISOString()).toBe("2025-03-01T00:00:00.000Z");
  });
});

describe("windows in hours run from the instant", () => {
  const duty = freezeRule({ id: "r-n", jurisdictionCode: "KR", length: 72, unit: "hours" }, seoul)!;

  it("72 hours from the moment the company became aware", () => {
    expect(dueFromInstant(new Date("2025-03-01T10:30:00Z"), duty).toISOString()).toBe("2025-03-04T10:30:00.000Z");
  });

  it("a window in hours started from a day starts at that day's first instant in the zone", () => {
    const r = dueFromDay(day("2025-03-01"), duty);
    expect(r.startsAt.toISOString()).toBe("2025-02-28T15:00:00.000Z");
    expect(r.dueAt.toISOString()).toBe("2025-03-03T15:00:00.000Z");
  });

  it("a window in days started from an instant counts from that instant's day in the zone", () => {
    const days = { ...duty, ruleLength: 1, ruleUnit: "days" as const };
    // 23:00 KST on 1 March: due at the close of 2 March, Korean time.
    expect(dueFromInstant(new Date("2025-03-01T14:00:00Z"), days).toISOString()).toBe("2025-03-02T15:00:00.000Z");
  });

  it("hours late: zero when on time, whole hours rounded up otherwise", () => {
    const due = new Date("2025-03-04T10:30:00Z");
    expect(hoursLate(due, new Date("2025-03-04T10:30:00Z"))).toBe(0);
    expect(hoursLate(due, new Date("2025-03-04T10:31:00Z"))).toBe(1);
    expect(hoursLate(due, new Date("2025-03-05T10:30:00Z"))).toBe(24);
  });
});

describe("instants typed as wall-clock time in the jurisdiction's zone", () => {
  it("reads YYYY-MM-DD HH:MM in the zone, and writes it back the same", () => {
    expect(zonedInstant("2025-03-01 09:30", seoul)?.toISOString()).toBe("2025-03-01T00:30:00.000Z");
    expect(zonedInstant("2025-07-01T09:30", brussels)?.toISOString()).toBe("2025-07-01T07:30:00.000Z");
    expect(formatZoned(new Date("2025-03-01T00:30:00Z"), seoul)).toBe("2025-03-01 09:30");
    expect(formatZoned(new Date("2025-07-01T07:30:00Z"), brussels)).toBe("2025-07-01 09:30");
  });

  it("refuses what is no time: impossible days and hours, other shapes", () => {
    for (const text of ["2025-02-30 10:00", "2025-03-01 24:00", "2025-03-01 10:60", "2025-03-01", "yesterday", "", "2025-3-1 9:30"]) {
      expect(zonedInstant(text, seoul), text).toBeNull();
    }
  });
});
