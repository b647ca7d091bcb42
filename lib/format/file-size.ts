// A file's size as people read it: bytes below 1 KB, then KB, MB, GB (powers of 1024, as file
// managers show them), at most one decimal. Pure, shared by the list (server) and the upload panel (client).
import type { Locale } from "@/lib/i18n/locales";

const UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;

export function formatFileSize(bytes: number | bigint, locale: Locale): string {
  let value = Number(bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-GB", { style: "unit", unit: UNITS[unit], unitDisplay: unit === 0 ? "long" : "short", maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
