import type { Locale } from "@/lib/i18n/locales";

const UNITS = ["B", "KB", "MB", "GB", "TB"] as const;

/** A file size for people ("1.4 MB"), in binary steps; the exact byte count is shown beside it where it matters. */
export function formatBytes(bytes: number, locale: Locale): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-US", { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${UNITS[unit]}`;
}
