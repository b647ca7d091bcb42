import { describe, expect, it } from "vitest";
import { todayInSeoul as kstDay } from "@/lib/validation/fields";
import { previousKstDay } from "./kst-day";

describe("KST days", () => {
  it("names the KST day of an instant: 23:59 and 00:01 KST are different days", () => {
    expect(kstDay(new Date("2027-03-02T23:59:00+09:00"))).toBe("2027-03-02");
    expect(kstDay(new Date("2027-03-03T00:01:00+09:00"))).toBe("2027-03-03");
    expect(kstDay(new Date("2027-03-02T15:00:00Z"))).toBe("2027-03-03");
  });

  it("the digest at 08:00 KST covers the whole previous KST day, 00:00 to 24:00", () => {
    expect(previousKstDay(new Date("2027-03-03T08:00:00+09:00"))).toEqual({
      day: "2027-03-02",
      from: new Date("2027-03-01T15:00:00Z"),
      to: new Date("2027-03-02T15:00:00Z"),
    });
  });

  it("crosses months and years", () => {
    expect(previousKstDay(new Date("2027-01-01T08:00:00+09:00")).day).toBe("2026-12-31");
    expect(previousKstDay(new Date("2027-03-01T00:30:00+09:00")).day).toBe("2027-02-28");
  });
});
