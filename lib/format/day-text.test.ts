import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoDay, normalizeDayText } from "./day-text";

describe("normalizeDayText", () => {
  it.each([
    ["2024-05-31", "2024-05-31"],
    ["2024-5-1", "2024-05-01"],
    ["2024.5.31", "2024-05-31"],
    ["2024. 5. 31.", "2024-05-31"],
    ["2024/05/31", "2024-05-31"],
    ["2024년 5월 31일", "2024-05-31"],
    ["20240531", "2024-05-31"],
    ["  2024-05-31 ", "2024-05-31"],
  ])("reads %j as %s", (text, day) => {
    expect(normalizeDayText(text)).toBe(day);
  });

  it.each(["", "05/31/2024", "31.05.2024", "yesterday", "2024-05", "2024-123-1", "2024--05-31"])("leaves %j for the form's rules to refuse", (text) => {
    expect(normalizeDayText(text)).toBe(text.trim());
  });

  it("keeps a day already written as YYYY-MM-DD as it is, and reads its own output back the same", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(normalizeDayText(iso)).toBe(iso);
        const [y, m, day] = iso.split("-");
        expect(normalizeDayText(`${y}. ${Number(m)}. ${Number(day)}.`)).toBe(iso);
      }),
    );
  });
});

describe("isIsoDay", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["2024-5-1", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isIsoDay(text)).toBe(expected);
  });
});
