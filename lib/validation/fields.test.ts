import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { count, httpUrl, lineList, pastDay, todayInSeoul } from "./fields";

describe("count", () => {
  it.each([
    ["40,450,000", 40_450_000n],
    [" 54 200 000 000 ", 54_200_000_000n],
    [0, 0n],
    [1_000_000_000_000n, 1_000_000_000_000n],
  ] as const)("accepts %s", (input, expected) => {
    expect(count.parse(input)).toBe(expected);
  });

  it.each([
    ["-1", "Counts cannot be negative."],
    ["1.5", "Enter a whole number."],
    ["1000000000001", "Counts go up to 1,000,000,000,000."],
    [-3, "Counts cannot be negative."],
    [Number.NaN, "Enter a whole number."],
    ["lots", "Enter a whole number."],
  ] as const)("refuses %s with a clear message", (input, message) => {
    const result = count.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const result = count.safeParse(junk);
        if (result.success) expect(result.data >= 0n && result.data <= 1_000_000_000_000n).toBe(true);
      }),
    );
  });
});

describe("pastDay", () => {
  it("accepts a real past day and refuses the future and impossible dates", () => {
    expect(pastDay.parse("2024-08-13").toISOString()).toBe("2024-08-13T00:00:00.000Z");
    expect(pastDay.safeParse("2024-02-30").success).toBe(false);
    expect(pastDay.safeParse("13/08/2024").success).toBe(false);
    expect(pastDay.safeParse("2999-01-01").error?.issues[0]?.message).toBe("This date is in the future.");
    expect(pastDay.safeParse(todayInSeoul()).success).toBe(true);
  });

  it("reads today in Korean time", () => {
    // 16:00 UTC is already the next day in Seoul.
    expect(todayInSeoul(new Date("2024-08-12T16:00:00Z"))).toBe("2024-08-13");
  });
});

describe("httpUrl", () => {
  it("allows only http and https", () => {
    expect(httpUrl.safeParse("https://www.fss.or.kr/").success).toBe(true);
    for (const bad of ["javascript:alert(1)", "file:///etc/passwd", "ftp://x", "not a url", "data:text/html,<script>"]) {
      expect(httpUrl.safeParse(bad).success).toBe(false);
    }
  });
});

describe("lineList", () => {
  it("splits lines, trims and drops blanks", () => {
    expect(lineList({ maxItems: 5, maxLength: 50 }).parse("Art. 17\n\n  Art. 32 \r\n")).toEqual(["Art. 17", "Art. 32"]);
    expect(lineList({ maxItems: 1, maxLength: 50 }).safeParse("a\nb").success).toBe(false);
  });
});

describe("text", () => {
  it("refuses NUL and other control characters and broken surrogates, which PostgreSQL cannot store", async () => {
    const { text } = await import("./fields");
    expect(text(100).safeParse("a\u0000b").error?.issues[0]?.message).toBe("Remove the invisible control characters.");
    expect(text(100).safeParse("a\uD800b").error?.issues[0]?.message).toBe("This text contains broken characters.");
    expect(text(100).parse("  line one\nline two\t ")).toBe("line one\nline two");
  });
});

describe("pastDay, as typed", () => {
  it("reads the ways people write a day, as the day field rewrites them", () => {
    for (const typed of ["2024-05-31", "2024.5.31", "2024. 5. 31.", "2024/5/31", "2024년 5월 31일", "20240531"]) {
      expect(pastDay.parse(typed), typed).toEqual(new Date("2024-05-31T00:00:00Z"));
    }
    expect(pastDay.safeParse("2024.2.30").success).toBe(false);
  });
});
