import { describe, expect, it } from "vitest";
import { seoulToday, waitedFor } from "./waited";

const now = new Date("2026-11-30T12:00:00Z");

describe("waitedFor", () => {
  it("counts whole days from a day on", () => {
    expect(waitedFor(new Date("2026-11-27T11:00:00Z"), now)).toEqual({ unit: "days", count: 3 });
    expect(waitedFor(new Date("2026-11-29T12:00:00Z"), now)).toEqual({ unit: "days", count: 1 });
  });
  it("counts hours under a day and minutes under an hour", () => {
    expect(waitedFor(new Date("2026-11-30T06:30:00Z"), now)).toEqual({ unit: "hours", count: 5 });
    expect(waitedFor(new Date("2026-11-30T11:48:00Z"), now)).toEqual({ unit: "minutes", count: 12 });
  });
  it("never goes negative for a clock a little ahead", () => {
    expect(waitedFor(new Date("2026-11-30T12:00:05Z"), now)).toEqual({ unit: "minutes", count: 0 });
  });
});

describe("seoulToday", () => {
  it("is the day in Seoul, which starts at 15:00 UTC the day before", () => {
    expect(seoulToday(new Date("2026-11-30T14:59:59Z")).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    expect(seoulToday(new Date("2026-11-30T15:00:00Z")).toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });
});
