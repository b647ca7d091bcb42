// The tracker's rows as compact tuples for TrackerRows: every text already in the reader's
// language and formatted, links as slugs (the client adds the locale's prefix) or addresses.
// Values many rows repeat (sector, authority, type, appeal, the articles with their long
// addresses) travel once, in `shared` and `articles`, and the rows point at them by index. A name
// shown in the other language travels as its marked element (LocalizedText), any other as text.
import type { ReactNode } from "react";
import { LocalizedText } from "@/components/cases/localized-text";
import { formatDate } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import { localizedText } from "@/lib/i18n/localized";
import { citationCode, citationText } from "@/lib/legal-articles/format-citation";
import type { PublicSanctionRow } from "@/lib/public-record/sanction-rows";

/** [case slug, sanction id, [company, its slug], sector, authority, decided, type, amount, articles, appeal, after appeal, case title, demo (1)]; sector, authority, type and appeal index `shared` (0: nothing recorded), articles index `articles`. */
type TrackerRowData = [string, string, [ReactNode, string?], number, number, string, number, string, number[], number, string, ReactNode, (0 | 1)?];

export interface TrackerRowsData {
  shared: ReactNode[];
  /** [citation, its address]. */
  articles: [string, string?][];
  rows: TrackerRowData[];
}

type Translate = (key: string) => string;

function name(en: string, ko: string | null | undefined, locale: Locale): ReactNode {
  const choice = localizedText(locale, en, ko);
  if (!choice) return "";
  return choice.fallback ? <LocalizedText en={en} ko={ko} locale={locale} /> : choice.text;
}

/** Index of `key` in `list`, adding `value()` the first time. */
function interner<T>(list: T[]) {
  const seen = new Map<string, number>();
  return (key: string, value: () => T) => {
    let index = seen.get(key);
    if (index === undefined) {
      index = list.push(value()) - 1;
      seen.set(key, index);
    }
    return index;
  };
}

export function trackerRowData(rows: readonly PublicSanctionRow[], { locale, none, sector, type, appeal }: { locale: Locale; none: string; sector: Translate; type: Translate; appeal: Translate }): TrackerRowsData {
  const data: TrackerRowsData = { shared: [], articles: [], rows: [] };
  const shared = interner(data.shared);
  const article = interner(data.articles);
  // Index 0 is always the word for nothing recorded (an empty cell of articles shows it too).
  const nothing = () => shared("none", () => none);
  nothing();
  for (const r of rows) {
    const row: TrackerRowData = [
      r.case.slug,
      r.id,
      r.subject.slug ? [name(r.subject.name, r.subject.nameKo, locale), r.subject.slug] : [name(r.subject.name, r.subject.nameKo, locale)],
      r.subject.sector ? shared(`sector:${r.subject.sector}`, () => sector(r.subject.sector ?? "")) : nothing(),
      r.authority ? shared(`authority:${r.authority.slug ?? r.authority.name}`, () => (r.authority ? name(r.authority.name, r.authority.nameKo, locale) : none)) : nothing(),
      r.decisionDate ? formatDate(new Date(`${r.decisionDate}T00:00:00Z`), "day", locale) : none,
      shared(`type:${r.type}`, () => type(r.type)),
      r.amount ? formatMoney(r.amount, locale) : none,
      // In English the table cites by code (PIPA Art. 17); the filter names the law in full.
      r.articles.map((a) =>
        article(`${a.lawCode}:${a.number}:${a.url ?? ""}`, () => {
          const text = locale === "ko" ? citationText(a, locale) : citationCode(a);
          return a.url ? [text, a.url] : [text];
        }),
      ),
      r.appealOutcome ? shared(`appeal:${r.appealOutcome}`, () => appeal(r.appealOutcome ?? "")) : nothing(),
      r.finalAmount ? formatMoney(r.finalAmount, locale) : none,
      name(r.case.title, r.case.titleKo, locale),
    ];
    if (r.case.isDemo) row.push(1);
    data.rows.push(row);
  }
  return data;
}
