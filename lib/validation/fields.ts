// Field rules shared by every form and server action: counts are whole numbers from 0 to 10^12,
// dates are real days not in the future (deadlines excepted), text has a length cap, links are
// http or https. Each failure says what is wrong in words a person can act on.
import { z } from "zod";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/locales";
import { normalizeDayText } from "@/lib/format/day-text";
import { validationKey } from "./message-key";

export const MAX_COUNT = 1_000_000_000_000n;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

// NUL and other control characters (tabs and line breaks aside) cannot be stored in PostgreSQL
// text or are invisible tricks; half a surrogate pair is not text at all.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Whether text can be stored as it is: no control characters, no half surrogate pairs. */
export const isStorableText = (value: string): boolean => !CONTROL.test(value) && value.isWellFormed();
export const cleanString = z
  .string({ error: "Enter text." })
  .refine((v) => !CONTROL.test(v), "Remove the invisible control characters.")
  .refine((v) => v.isWellFormed(), "This text contains broken characters.");

export function text(max: number, options: { min?: number; label?: string } = {}) {
  const min = options.min ?? 1;
  return cleanString
    .trim()
    .min(min, min === 1 ? "This cannot be empty." : `Use at least ${min} characters.`)
    .max(max, `Keep this under ${max.toLocaleString("en")} characters.`);
}

export function optionalText(max: number) {
  return z.preprocess(blankToNull, text(max).nullable());
}

/** A count of people or records: a whole number from 0 to 10^12, typed with or without separators. */
export const count = z
  .union([z.string(), z.number(), z.bigint()], { error: "Enter a whole number." })
  .transform((value, ctx) => {
    const raw = typeof value === "string" ? value.trim().replace(/[,\s_]/g, "") : value;
    if (typeof raw === "number" && !Number.isSafeInteger(raw)) {
      ctx.addIssue({ code: "custom", message: "Enter a whole number." });
      return z.NEVER;
    }
    if (typeof raw === "string" && !/^\d{1,13}$/.test(raw)) {
      ctx.addIssue({ code: "custom", message: raw.startsWith("-") ? "Counts cannot be negative." : "Enter a whole number." });
      return z.NEVER;
    }
    const n = BigInt(raw);
    if (n < 0n) {
      ctx.addIssue({ code: "custom", message: "Counts cannot be negative." });
      return z.NEVER;
    }
    if (n > MAX_COUNT) {
      ctx.addIssue({ code: "custom", message: "Counts go up to 1,000,000,000,000." });
      return z.NEVER;
    }
    return n;
  });

export const optionalCount = z.preprocess(blankToNull, count.nullable());

/** Today in Korea, as YYYY-MM-DD: the calendar every case date is read in. */
// Building an Intl formatter costs tens of microseconds; a million-line import asks once per line.
const SEOUL_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: DISPLAY_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

export function todayInSeoul(now: Date = new Date()): string {
  return SEOUL_DAY.format(now);
}

/**
 * A calendar day that exists and is not in the future; stored as UTC midnight. Days written as
 * 2024.5.31, 2024/5/31 or 2024년 5월 31일 read as 2024-05-31, as the day field rewrites them when
 * it is left: a form that checks while the reader types must not flag a day it will accept (the
 * message would vanish on leaving the field, moving the Save button from under the click).
 */
export const pastDay = z.preprocess((v) => (typeof v === "string" ? normalizeDayText(v) : v), z
  .string({ error: "Enter a date." })
  .trim()
  .min(1, "Enter a date.")
  .refine((v) => v === "" || (ISO_DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v)), "Enter a real date as YYYY-MM-DD.")
  .refine((v) => v <= todayInSeoul(), "This date is in the future.")
  .transform((v) => new Date(`${v}T00:00:00Z`)));

export const optionalPastDay = z.preprocess(blankToNull, pastDay.nullable());

export const httpUrl = z
  .string()
  .trim()
  .max(2000, "Keep links under 2,000 characters.")
  .refine((v) => {
    try {
      const url = new URL(v);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, validationKey("url.httpOnly"));

/** A list typed one item per line (or sent as an array): trimmed, blanks dropped, capped. */
export function lineList(options: { maxItems: number; maxLength: number }) {
  return z.preprocess(
    (value) => (typeof value === "string" ? value.split(/\r?\n/) : value ?? []),
    z
      .array(cleanString.trim().max(options.maxLength, `Keep each line under ${options.maxLength} characters.`))
      .transform((items) => items.filter(Boolean))
      .refine((items) => items.length <= options.maxItems, `Use at most ${options.maxItems} lines.`),
  );
}

export const id = z.string({ error: "Missing identifier." }).min(1).max(64).regex(/^[a-z0-9]+$/i, "Malformed identifier.");
export const version = z.coerce.number({ error: "Missing version." }).int().min(1).max(2_147_483_647);
export const bool = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
