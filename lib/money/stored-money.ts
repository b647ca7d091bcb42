// Amounts as other records keep them, read back into Money. Steps' details and public snapshots
// hold an amount as a plain decimal string with its currency ({ amount, currency }); those
// written before currencies existed hold won only ({ amountKrw }), which read as KRW exactly as
// they did.
import { parseAmount, type Money } from "./amount";
import { DEFAULT_CURRENCY, isCurrency } from "./currency";

/** The amount a decision or snapshot entry records, in either shape; null when none or unreadable. */
export function storedMoney(record: { amount?: unknown; currency?: unknown; amountKrw?: unknown }): Money | null {
  if (typeof record.amount === "string" && typeof record.currency === "string" && isCurrency(record.currency)) {
    const read = parseAmount(record.amount, record.currency);
    return read.ok ? { minor: read.minor, currency: record.currency } : null;
  }
  if (typeof record.amountKrw === "string" && /^\d+$/.test(record.amountKrw)) return { minor: BigInt(record.amountKrw), currency: DEFAULT_CURRENCY };
  return null;
}
