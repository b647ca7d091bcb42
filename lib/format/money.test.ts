import { describe, expect, it } from "vitest";
import { formatMoney } from "./money";

describe("formatMoney", () => {
  it("shows won with no decimals in both languages", () => {
    expect(formatMoney({ minor: 10_000_000_000n, currency: "KRW" }, "en")).toBe("₩10,000,000,000");
    expect(formatMoney({ minor: 10_000_000_000n, currency: "KRW" }, "ko")).toBe("100억 원");
    expect(formatMoney({ minor: 15_000_000_000n, currency: "KRW" }, "ko")).toBe("150억 원");
    expect(formatMoney({ minor: 5_423_456_789n, currency: "KRW" }, "ko")).toBe("54억 2,345만 6,789 원");
    expect(formatMoney({ minor: 5_000n, currency: "KRW" }, "ko")).toBe("5,000 원");
    expect(formatMoney({ minor: 0n, currency: "KRW" }, "ko")).toBe("0 원");
  });

  it("shows euros with two decimals in both languages", () => {
    expect(formatMoney({ minor: 123_450n, currency: "EUR" }, "en")).toBe("€1,234.50");
    expect(formatMoney({ minor: 123_450n, currency: "EUR" }, "ko")).toBe("€1,234.50");
    expect(formatMoney({ minor: 1_200_000_000n, currency: "EUR" }, "en")).toBe("€12,000,000.00");
  });

  it("uses the ISO minor unit, not the platform's", () => {
    expect(formatMoney({ minor: 1_500n, currency: "IQD" }, "en")).toMatch(/1\.500$/);
  });

  it("keeps every digit past 2^53", () => {
    const big = 9_007_199_254_740_993n;
    expect(formatMoney({ minor: big, currency: "KRW" }, "en")).toBe("₩9,007,199,254,740,993");
    expect(formatMoney({ minor: big, currency: "KRW" }, "ko")).toBe("9,007조 1,992억 5,474만 993 원");
    expect(formatMoney({ minor: big, currency: "EUR" }, "en")).toBe("€90,071,992,547,409.93");
    expect(formatMoney({ minor: 9_223_372_036_854_775_807n, currency: "KRW" }, "ko")).toBe("922경 3,372조 368억 5,477만 5,807 원");
  });
});
