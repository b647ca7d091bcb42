// Money as an exact value: an integer count of the currency's minor units (BigInt) and the ISO
// 4217 code. No floating point anywhere on the path: text is read digit by digit into a BigInt,
// and written back from it. Amounts in different currencies are never added or compared.
import { currencyDigits } from "./currency";

export interface Money {
  /** The amount in the currency's minor units (cents for EUR, won for KRW). */
  minor: bigint;
  currency: string;
}

/** The largest amount a BIGINT column holds, in minor units. */
const MAX_MINOR = 9_223_372_036_854_775_807n;

export type AmountProblem = "notAmount" | "negative" | "tooManyDecimals" | "noDecimals" | "tooLarge";

/**
 * Reads an amount typed by a person ("5,000,000,000", "1 234.50") in the given currency. Group
 * separators (comma, space, underscore) are dropped; the decimal point is a full stop.
 */
export function parseAmount(text: string, currency: string): { ok: true; minor: bigint } | { ok: false; problem: AmountProblem } {
  const raw = text.trim().replace(/[,\s_]/g, "");
  if (raw.startsWith("-")) return { ok: false, problem: "negative" };
  const match = /^(\d+)(?:\.(\d+))?$/.exec(raw);
  if (!match) return { ok: false, problem: "notAmount" };
  const digits = currencyDigits(currency);
  const [, whole, fraction = ""] = match;
  // Trailing zeros add no precision: "1000.00" is a whole number of won.
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > digits) return { ok: false, problem: digits === 0 ? "noDecimals" : "tooManyDecimals" };
  const minor = BigInt(whole + significant.padEnd(digits, "0"));
  if (minor > MAX_MINOR) return { ok: false, problem: "tooLarge" };
  return { ok: true, minor };
}

/** The amount as a plain decimal string in major units, every digit: 123450n EUR → "1234.50". */
export function toDecimal({ minor, currency }: Money): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0n ? "-" : "";
  const text = (minor < 0n ? -minor : minor).toString();
  if (digits === 0) return sign + text;
  const padded = text.padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** Orders amounts of one currency by their exact values; refuses to order across currencies. */
export function compareMoney(a: Money, b: Money): number {
  if (a.currency !== b.currency) throw new Error(`Cannot compare ${a.currency} with ${b.currency}.`);
  return a.minor < b.minor ? -1 : a.minor > b.minor ? 1 : 0;
}

/** The sum of amounts that must all be in one currency; mixing currencies throws. */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  let minor = 0n;
  for (const amount of amounts) {
    if (amount.currency !== currency) throw new Error(`Cannot add ${amount.currency} to a sum in ${currency}.`);
    minor += amount.minor;
  }
  return { minor, currency };
}

/** One total per currency, in the order each currency first appears: never one sum across currencies. */
export function sumByCurrency(amounts: readonly Money[]): Money[] {
  const groups = new Map<string, Money[]>();
  for (const amount of amounts) groups.set(amount.currency, [...(groups.get(amount.currency) ?? []), amount]);
  return [...groups].map(([currency, group]) => sumMoney(group, currency));
}
