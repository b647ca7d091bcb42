// The tracker's rows as the API gives them: JSON with exact decimal amounts beside their currency
// and days as YYYY-MM-DD, or CSV with one plain, typed column per field (lib/export/csv.ts adds
// the formula guard). Pure.
import { citationCode as citation } from "@/lib/legal-articles/format-citation";
import { toDecimal, type Money } from "@/lib/money/amount";
import type { PublicOrganisation } from "@/lib/publishing/snapshot";
import type { PublicSanctionRow } from "./sanction-rows";

const amountOf = (m: Money | null) => (m ? { amount: toDecimal(m), currency: m.currency } : null);
const organisationOf = (o: PublicOrganisation | null) => (o ? { name: o.name, nameKo: o.nameKo, slug: o.slug ?? null, sector: o.sector ?? null, country: o.country ?? null } : null);

export function sanctionJson(row: PublicSanctionRow) {
  return {
    id: row.id,
    case: { ...row.case, links: { en: `/en/cases/${row.case.slug}`, ko: `/ko/cases/${row.case.slug}` } },
    company: organisationOf(row.subject),
    authority: organisationOf(row.authority),
    decisionDate: row.decisionDate,
    type: row.type,
    amount: amountOf(row.amount),
    appealOutcome: row.appealOutcome,
    finalAmount: amountOf(row.finalAmount),
    articles: row.articles.map((a) => ({ lawCode: a.lawCode, number: a.number, citation: citation(a), lawName: a.lawName, lawNameKo: a.lawNameKo, url: a.url })),
  };
}

export const SANCTION_CSV_COLUMNS = [
  "case_slug", "case_title", "company", "company_slug", "sector", "authority", "decision_date", "type",
  "amount", "currency", "appeal_outcome", "final_amount", "articles", "case_url",
] as const;

export type SanctionCsvRow = Record<(typeof SANCTION_CSV_COLUMNS)[number], string | null>;

/** One CSV row; `origin` makes the case's address absolute, so the file works outside the site. */
export function sanctionCsvRow(row: PublicSanctionRow, origin: string): SanctionCsvRow {
  return {
    case_slug: row.case.slug,
    case_title: row.case.title,
    company: row.subject.name,
    company_slug: row.subject.slug ?? null,
    sector: row.subject.sector ?? null,
    authority: row.authority?.name ?? null,
    decision_date: row.decisionDate,
    type: row.type,
    amount: row.amount ? toDecimal(row.amount) : null,
    currency: row.amount?.currency ?? row.finalAmount?.currency ?? null,
    appeal_outcome: row.appealOutcome,
    final_amount: row.finalAmount ? toDecimal(row.finalAmount) : null,
    articles: row.articles.map(citation).join("; "),
    case_url: `${origin}/en/cases/${row.case.slug}`,
  };
}
