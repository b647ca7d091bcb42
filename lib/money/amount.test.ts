import { describe, expect, it } from "vitest";
import { compareMoney, parseAmount, sumByCurrency, sumMoney, toDecimal, type Money } from "./amount";
import { currencyDigits, isCurrency } from "./currency";

const krw = (minor: bigint): Money => ({ minor, currency: "KRW" });
const eur = (minor: bigint): Money => ({ minor, currency: "EUR" });

describe("currencies", () => {
  it("knows ISO 4217 codes and their minor units", () => {
    expect(isCurrency("KRW")).toBe(true);
    expect(isCurrency("EUR")).toBe(true);
    expect(currencyDigits("KRW")).toBe(0);
    expect(currencyDigits("EUR")).toBe(2);
    expect(currencyDigits("KWD")).toBe(3);
    // ISO says 3, CLDR (and so Intl) says 0: the stored minor unit follows ISO.
    expect(currencyDigits("IQD")).toBe(3);
  });

  it("refuses unknown or badly written codes", () => {
    for (const code of ["XYZ", "krw", "KR", "KRWW", "", "₩"]) expect(isCurrency(code)).toBe(false);
    expect(() => currencyDigits("XYZ")).toThrow();
  });
});

describe("parseAmount", () => {
  it("reads won as whole numbers, with or without separators", () => {
    expect(parseAmount("5,000,000,000", "KRW")).toEqual({ ok: true, minor: 5_000_000_000n });
    expect(parseAmount(" 1 500 000 ", "KRW")).toEqual({ ok: true, minor: 1_500_000n });
    expect(parseAmount("1000.00", "KRW")).toEqual({ ok: true, minor: 1000n });
  });

  it("reads euros to the cent", () => {
    expect(parseAmount("1234.5", "EUR")).toEqual({ ok: true, minor: 123_450n });
    expect(parseAmount("0.07", "EUR")).toEqual({ ok: true, minor: 7n });
    expect(parseAmount("12", "EUR")).toEqual({ ok: true, minor: 1200n });
  });

  it("keeps every digit past 2^53", () => {
    expect(parseAmount("9007199254740993", "KRW")).toEqual({ ok: true, minor: 9_007_199_254_740_993n });
    expect(parseAmount("90071992547409.93", "EUR")).toEqual({ ok: true, minor: 9_007_199_254_740_993n });
  });

  it("refuses more decimals than the currency has", () => {
    expect(parseAmount("1000.5", "KRW")).toEqual({ ok: false, problem: "noDecimals" });
    expect(parseAmount("12.345", "EUR")).toEqual({ ok: false, problem: "tooManyDecimals" });
  });

  it("refuses what is not an amount", () => {
    expect(parseAmount("-5", "KRW")).toEqual({ ok: false, problem: "negative" });
    for (const text of ["", "abc", "1e9", "1.2.3", ".5", "0x10", "NaN"]) expect(parseAmount(text, "EUR")).toEqual({ ok: false, problem: "notAmount" });
    expect(parseAmount("9223372036854775808", "KRW")).toEqual({ ok: false, problem: "tooLarge" });
  });
});

describe("toDecimal", () => {
  it("writes every digit back, with the currency's decimals", () => {
    expect(toDecimal(krw(5_000_000_000n))).toBe("5000000000");
    expect(toDecimal(eur(123_450n))).toBe("1234.50");
    expect(toDecimal(eur(7n))).toBe("0.07");
    expect(toDecimal(eur(9_007_199_254_740_993n))).toBe("90071992547409.93");
  });

  it("round-trips through parseAmount", () => {
    for (const m of [eur(0n), eur(1n), eur(100n), eur(9_223_372_036_854_775_807n), krw(9_007_199_254_740_993n)]) {
      expect(parseAmount(toDecimal(m), m.currency)).toEqual({ ok: true, minor: m.minor });
    }
  });
});

describe("sorting amounts", () => {
  it("orders one currency on exact values, also where floats would tie", () => {
    const amounts = [krw(9_007_199_254_740_993n), krw(5n), krw(9_007_199_254_740_992n), krw(0n)];
    // As floats the two largest are the same number.
    expect(Number(9_007_199_254_740_993n)).toBe(Number(9_007_199_254_740_992n));
    expect([...amounts].sort(compareMoney).map((m) => m.minor)).toEqual([0n, 5n, 9_007_199_254_740_992n, 9_007_199_254_740_993n]);
  });

  it("refuses to order amounts in different currencies", () => {
    expect(() => compareMoney(krw(1n), eur(1n))).toThrow(/KRW.*EUR/);
  });
});

describe("sums", () => {
  it("adds per currency, never across", () => {
    const totals = sumByCurrency([krw(1_500_000_000n), eur(250n), krw(9_007_199_254_740_993n), eur(1n)]);
    expect(totals).toEqual([krw(9_007_200_754_740_993n), eur(251n)]);
    expect(sumByCurrency([])).toEqual([]);
  });

  it("refuses a sum that mixes currencies", () => {
    expect(sumMoney([krw(1n), krw(2n)], "KRW")).toEqual(krw(3n));
    expect(() => sumMoney([krw(1n), eur(2n)], "KRW")).toThrow(/EUR/);
  });
});

describe("storedMoney", async () => {
  const { storedMoney } = await import("./stored-money");
  it("reads the amount with its currency, and won-only records as KRW", () => {
    expect(storedMoney({ amount: "1234.50", currency: "EUR" })).toEqual(eur(123_450n));
    expect(storedMoney({ amountKrw: "9007199254740993" })).toEqual(krw(9_007_199_254_740_993n));
    expect(storedMoney({ amount: null, currency: "KRW" })).toBeNull();
    expect(storedMoney({ amountKrw: null })).toBeNull();
    expect(storedMoney({ amount: "1", currency: "XYZ" })).toBeNull();
  });
});
