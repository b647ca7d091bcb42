// Dates in the reader's language. Calendar dates (DATE columns: conduct periods, findings
// releases) are days, not instants, and are formatted as such. Instants (audit events, edits)
// are shown in Asia/Seoul time, labelled KST.
import { DISPLAY_TIME_ZONE, type Locale } from "@/lib/i18n/locales";

export type DatePrecision = "day" | "month" | "year";

const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", ko: "ko-KR" };

const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: "numeric", month: "long", day: "numeric" },
  month: { year: "numeric", month: "long" },
  year: { year: "numeric" },
};

/** A calendar date, to the precision it is known. */
export function formatDate(value: Date, precision: DatePrecision, locale: Locale): string {
  // DATE values are stored as UTC midnight; formatting them in UTC keeps the day they name.
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...DATE_OPTIONS[precision], timeZone: "UTC" }).format(value);
}

/** The day an instant falls on in Korea (or in a jurisdiction's zone), e.g. when a deadline ends or a state was entered. */
export function formatInstantDay(value: Date, locale: Locale, timeZone: string = DISPLAY_TIME_ZONE): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...DATE_OPTIONS.day, timeZone }).format(value);
}

/** An instant in a jurisdiction's zone, labelled with the zone's name ("Europe/Brussels"). */
export function formatDateTimeIn(value: Date, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], { year: "numeric", month: locale === "en" ? "short" : "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(value);
  return `${text} (${timeZone})`;
}

/** An instant, in Korean time. */
export function formatDateTime(value: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: "numeric",
    month: locale === "en" ? "short" : "numeric",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: DISPLAY_TIME_ZONE,
  }).format(value);
  return `${text} KST`;
}

/** YYYY-MM-DD for a DATE value (stable in links, downloads and form fields). */
export function toIsoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** A period such as "April 2018 – July 2024"; an open end reads as `ongoing`. */
export function formatPeriod(
  period: { start: Date | null; startPrecision: DatePrecision; end: Date | null; endPrecision: DatePrecision },
  locale: Locale,
  words: { ongoing: string; unknown: string },
): string {
  if (!period.start) return words.unknown;
  const start = formatDate(period.start, period.startPrecision, locale);
  const end = period.end ? formatDate(period.end, period.endPrecision, locale) : words.ongoing;
  return `${start} – ${end}`;
}
