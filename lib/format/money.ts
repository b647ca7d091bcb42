// The one way an amount of money reads: in its own currency, every digit (a fine is a legal
// fact, so it is never rounded for display), in the reader's language. Korean readers get won in
// 만/억/조 groups like the rest of lib/format ("150억 원", "54억 2,345만 6,789 원"); every other
// case is Intl's currency format, given the amount as a decimal string so that Intl keeps every
// digit past 2^53 (Node 20+ formats decimal strings exactly).
import type { Locale } from "@/lib/i18n/locales";
import type { Money } from "@/lib/money/amount";
import { toDecimal } from "@/lib/money/amount";
import { currencyDigits } from "@/lib/money/currency";

const INTL_LOCALE: Record<Locale, string> = { ko: "ko-KR", en: "en-US" };
const KOREAN_GROUPS = ["", "만", "억", "조", "경"];
const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

function koreanWon(minor: bigint): string {
  if (minor === 0n) return "0 원";
  const parts: string[] = [];
  let rest = minor < 0n ? -minor : minor;
  for (let unit = 0; rest > 0n; unit += 1, rest /= 10_000n) {
    const group = rest % 10_000n;
    // Past 경 (10^16) the groups run out: the remaining digits stay whole in front of 경.
    if (unit === KOREAN_GROUPS.length - 1) {
      parts.unshift(`${grouped.format(rest)}${KOREAN_GROUPS[unit]}`);
      break;
    }
    if (group > 0n) parts.unshift(`${grouped.format(group)}${KOREAN_GROUPS[unit]}`);
  }
  return `${minor < 0n ? "-" : ""}${parts.join(" ")} 원`;
}

const cache = new Map<string, Intl.NumberFormat>();
function currencyFormatter(locale: Locale, currency: string): Intl.NumberFormat {
  const key = `${locale}:${currency}`;
  let f = cache.get(key);
  if (!f) {
    const digits = currencyDigits(currency);
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return f;
}

/** An amount in its currency for the reader: "₩10,000,000,000" / "100억 원", "€1,234.50". */
export function formatMoney(money: Money, locale: Locale): string {
  if (locale === "ko" && money.currency === "KRW") return koreanWon(money.minor);
  return currencyFormatter(locale, money.currency).format(toDecimal(money) as Intl.StringNumericLiteral);
}
