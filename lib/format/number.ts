// Number formatting people can read at a glance: Korean groups by 만/억/조 (4,045만, 542억),
// English by million/billion (40.45 million, 54.2 billion). Small numbers stay whole, because
// "1.23천" or "46" compacted helps nobody.
import type { Locale } from "@/lib/i18n/locales";

type Numeric = number | bigint;

/** Below this, numbers are shown whole: one 만 in Korean, one million in English. */
const COMPACT_FROM: Record<Locale, number> = { ko: 10_000, en: 1_000_000 };
const INTL_LOCALE: Record<Locale, string> = { ko: "ko-KR", en: "en-US" };

const cache = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    cache.set(key, f);
  }
  return f;
}

function magnitude(value: Numeric): number {
  return Math.abs(Number(value));
}

/** A count (people, records, merchants) in the reader's notation. */
export function formatCount(value: Numeric, locale: Locale): string {
  if (magnitude(value) < COMPACT_FROM[locale]) {
    return formatter(locale, { maximumFractionDigits: 0 }).format(value);
  }
  return formatter(locale, {
    notation: "compact",
    compactDisplay: "long",
    maximumFractionDigits: 2,
    // Korean compact output groups only from five digits by default ("4045만"); readers expect 4,045만.
    useGrouping: "always",
  }).format(value);
}

/** Every digit, grouped: for tables, tooltips and downloads where precision matters. */
export function formatExact(value: Numeric, locale: Locale): string {
  return formatter(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A percentage given in percent units (32 → "32%"). */
export function formatPercent(value: number, locale: Locale): string {
  return formatter(locale, { style: "percent", maximumFractionDigits: 2 }).format(value / 100);
}

/** A short label for chart axes: "800M", "54B" in English; 8억 and 542억 in Korean. */
export function formatAxisCount(value: Numeric, locale: Locale): string {
  if (magnitude(value) < 1_000) return formatter(locale, { maximumFractionDigits: 0 }).format(value);
  return formatter(locale, { notation: "compact", compactDisplay: "short", maximumFractionDigits: 1 }).format(value);
}

/** A stated figure as written, every digit and up to four decimals: 81,000,000 / 32.5. */
export function formatFigure(value: number, locale: Locale): string {
  return formatter(locale, { maximumFractionDigits: 4 }).format(value);
}
