// The tracker's rows as compact tuples for TrackerRows: every text already in the reader's
// language and formatted, links as slugs (the client adds the locale's prefix) or addresses. A
// name shown in the other language travels as its marked element (LocalizedText), every other
// name as bare text.
import type { ReactNode } from "react";
import { LocalizedText } from "@/components/cases/localized-text";
import { formatDate } from "@/lib/format/date";
import { formatMoney } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import { localizedText } from "@/lib/i18n/localized";
import { citationCode, citationText } from "@/lib/legal-articles/format-citation";
import type { PublicSanctionRow } from "@/lib/public-record/sanction-rows";

/** [case slug, sanction id, [company, its slug], sector, authority, decided, type, amount, [article, its address][], appeal, after appeal, case title, demo (1)]. */
export type TrackerRowData = [string, string, [ReactNode, string?], string, ReactNode, string, string, string, [string, string?][], string, string, ReactNode, (0 | 1)?];

type Translate = (key: string) => string;

function name(en: string, ko: string | null | undefined, locale: Locale): ReactNode {
  const choice = localizedText(locale, en, ko);
  if (!choice) return "";
  return choice.fallback ? <LocalizedText en={en} ko={ko} locale={locale} /> : choice.text;
}

export function trackerRowData(rows: readonly PublicSanctionRow[], { locale, none, sector, type, appeal }: { locale: Locale; none: string; sector: Translate; type: Translate; appeal: Translate }): TrackerRowData[] {
  return rows.map((r) => {
    const row: TrackerRowData = [
      r.case.slug,
      r.id,
      r.subject.slug ? [name(r.subject.name, r.subject.nameKo, locale), r.subject.slug] : [name(r.subject.name, r.subject.nameKo, locale)],
      r.subject.sector ? sector(r.subject.sector) : none,
      r.authority ? name(r.authority.name, r.authority.nameKo, locale) : none,
      r.decisionDate ? formatDate(new Date(`${r.decisionDate}T00:00:00Z`), "day", locale) : none,
      type(r.type),
      r.amount ? formatMoney(r.amount, locale) : none,
      // In English the table cites by code (PIPA Art. 17); the filter names the law in full.
      r.articles.map((a) => {
        const text = locale === "ko" ? citationText(a, locale) : citationCode(a);
        return a.url ? [text, a.url] : [text];
      }),
      r.appealOutcome ? appeal(r.appealOutcome) : none,
      r.finalAmount ? formatMoney(r.finalAmount, locale) : none,
      name(r.case.title, r.case.titleKo, locale),
    ];
    if (r.case.isDemo) row.push(1);
    return row;
  });
}
