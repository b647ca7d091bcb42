// Zod pieces for amounts of money, shared by the forms and the server. An amount is typed as text
// and read in its currency (the decimals the currency allows), so the amount and its currency are
// checked together, on the object that holds both. Messages are validation keys: the form words
// them in the reader's language.
import { z } from "zod";
import { validationKey } from "@/lib/validation/message-key";
import { parseAmount, type AmountProblem } from "./amount";
import { DEFAULT_CURRENCY, isCurrency } from "./currency";

export const MONEY_MESSAGES: Readonly<Record<AmountProblem | "unknownCurrency" | "otherCurrency", string>> = {
  notAmount: validationKey("money.notAmount"),
  negative: validationKey("money.negative"),
  noDecimals: validationKey("money.noDecimals"),
  tooManyDecimals: validationKey("money.tooManyDecimals"),
  tooLarge: validationKey("money.tooLarge"),
  unknownCurrency: validationKey("money.unknownCurrency"),
  otherCurrency: validationKey("money.otherCurrency"),
};

/** An ISO 4217 code, typed in any case ("eur" reads as EUR); KRW when left blank. */
export const currencyCode = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? DEFAULT_CURRENCY : typeof v === "string" ? v.trim().toUpperCase() : v),
  z.string({ error: MONEY_MESSAGES.unknownCurrency }).refine(isCurrency, MONEY_MESSAGES.unknownCurrency),
);

/** An amount as typed, not yet read: blank is none. Numbers are taken only when they are exact. */
export const amountText = z.preprocess(
  (v) => (v === "" || v === undefined ? null : typeof v === "bigint" || (typeof v === "number" && Number.isSafeInteger(v)) ? String(v) : v),
  z.string({ error: MONEY_MESSAGES.notAmount }).max(40, MONEY_MESSAGES.notAmount).nullable(),
);

/**
 * Reads `text` in `currency` into minor units, or adds the problem to `path` and answers
 * undefined. An unknown currency is left to the currency field's own message.
 */
export function readAmount(text: string | null, currency: string, ctx: z.RefinementCtx, path: string): bigint | null | undefined {
  if (text === null) return null;
  if (!isCurrency(currency)) return undefined;
  const read = parseAmount(text, currency);
  if (read.ok) return read.minor;
  ctx.addIssue({ code: "custom", path: [path], message: MONEY_MESSAGES[read.problem] });
  return undefined;
}
