// ISO 4217 currencies and their minor units. The list and the number of decimals come from the
// `currency-codes` package (ISO 4217 list one as published by SIX), not from the platform's Intl
// data: Intl follows CLDR, which disagrees with ISO for some currencies (IQD has 3 decimals in
// ISO, 0 in CLDR), and Intl accepts any three letters as a currency. Amounts are stored as
// integer counts of the ISO minor unit, so the ISO figure is the one that must be used.
import { code as lookup } from "currency-codes";

/** The currency of every amount recorded before currencies existed, and the default. */
export const DEFAULT_CURRENCY = "KRW";

/** The currencies offered first in forms: the ones cases of this authority meet most. */
export const COMMON_CURRENCIES = ["KRW", "EUR", "USD", "JPY", "CNY", "GBP"] as const;

/** Whether `code` is a current ISO 4217 alphabetic code (upper case, as stored). */
export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && lookup(code) !== undefined;
}

/** The number of decimals of the currency's minor unit (KRW 0, EUR 2, KWD 3). */
export function currencyDigits(code: string): number {
  const record = /^[A-Z]{3}$/.test(code) ? lookup(code) : undefined;
  if (!record) throw new Error(`Unknown currency ${code}.`);
  return record.digits;
}
