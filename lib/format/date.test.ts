import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatPeriod, toIsoDay, formatInstantDay } from "./date";

const findingsRelease = new Date("2024-08-13T00:00:00Z");

describe("formatDate", () => {
  it("respects the precision a date is known to", () => {
    expect(formatDate(findingsRelease, "day", "en")).toBe("13 August 2024");
    expect(formatDate(findingsRelease, "month", "en")).toBe("August 2024");
    expect(formatDate(findingsRelease, "year", "en")).toBe("2024");
    expect(formatDate(findingsRelease, "day", "ko")).toBe("2024년 8월 13일");
    expect(formatDate(findingsRelease, "month", "ko")).toBe("2024년 8월");
    expect(formatDate(findingsRelease, "year", "ko")).toBe("2024년");
  });

  it("keeps a calendar date on its own day whatever the server's time zone", () => {
    // A DATE column arrives as UTC midnight; it must not slide to the previous day.
    expect(formatDate(new Date("2018-04-01T00:00:00Z"), "day", "en")).toBe("1 April 2018");
  });
});

describe("formatDateTime", () => {
  it("shows instants in Asia/Seoul time", () => {
    // 15:30 UTC is 00:30 the next day in Seoul.
    expect(formatDateTime(new Date("2024-08-13T15:30:00Z"), "en")).toBe("14 Aug 2024, 00:30 KST");
    expect(formatDateTime(new Date("2024-08-13T15:30:00Z"), "ko")).toBe("2024. 8. 14. 00:30 KST");
  });
});

describe("formatInstantDay", () => {
  it("names the day an instant falls on in Seoul, not in UTC", () => {
    expect(formatInstantDay(new Date("2024-08-13T15:30:00Z"), "en")).toBe("14 August 2024");
    // A deadline at midnight Seoul time: its last moment is on the day before.
    expect(formatInstantDay(new Date(new Date("2025-04-15T15:00:00Z").getTime() - 1), "ko")).toBe("2025년 4월 15일");
  });
});

describe("toIsoDay", () => {
  it("gives YYYY-MM-DD for a DATE value", () => {
    expect(toIsoDay(findingsRelease)).toBe("2024-08-13");
  });
});

describe("formatPeriod", () => {
  const words = { ongoing: "ongoing", unknown: "not stated" };
  it("joins two dates at their own precision", () => {
    const period = { start: new Date("2018-04-01T00:00:00Z"), startPrecision: "month" as const, end: new Date("2024-07-31T00:00:00Z"), endPrecision: "month" as const };
    expect(formatPeriod(period, "en", words)).toBe("April 2018 – July 2024");
    expect(formatPeriod(period, "ko", words)).toBe("2018년 4월 – 2024년 7월");
  });
  it("says when the end is open or the start unknown", () => {
    expect(formatPeriod({ start: new Date("2018-04-01T00:00:00Z"), startPrecision: "day", end: null, endPrecision: "day" }, "en", words)).toBe(
      "1 April 2018 – ongoing",
    );
    expect(formatPeriod({ start: null, startPrecision: "day", end: null, endPrecision: "day" }, "en", words)).toBe("not stated");
  });
});
