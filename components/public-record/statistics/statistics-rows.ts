// The statistics' chart rows, localized on the server: labels in the reader's language, counts as
// numbers, money as one raw decimal column per currency (the CSV) beside its formatted text (the
// table). Pure apart from the translators handed in.
import { formatMoney } from "@/lib/format/money";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { parseAmount } from "@/lib/money/amount";
import type { JsonAmount, PublicStatisticsJson } from "@/lib/public-record/statistics-json";
import type { StatColumn, StatRow } from "./stat-chart";

type Translate = (key: string, values?: Record<string, string | number>) => string;

interface Labels {
  t: Translate;
  stage: Translate;
  sector: Translate;
  locale: Locale;
}

const yearLabel = (year: number | null, l: Labels) => (year === null ? l.t("yearUnknown") : String(year));

function countryName(code: string | null, l: Labels): string {
  if (!code) return l.t("countryNotRecorded");
  try {
    return new Intl.DisplayNames([l.locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

function money(a: JsonAmount, locale: Locale): string {
  const read = parseAmount(a.amount, a.currency);
  return read.ok ? formatMoney({ minor: read.minor, currency: a.currency }, locale) : `${a.amount} ${a.currency}`;
}

type FineRows = { key: unknown; fines: number; totals: JsonAmount[] }[];

/** Fines: the count (the bars) and one total column per currency present, raw and formatted. */
function fineRows(buckets: FineRows, label: (key: never) => string, keyColumn: StatColumn, l: Labels): { rows: StatRow[]; columns: StatColumn[] } {
  const currencies = [...new Set(buckets.flatMap((b) => b.totals.map((t) => t.currency)))].sort();
  const rows = buckets.map((b) => {
    const row: StatRow = { label: label(b.key as never), [keyColumn.key]: label(b.key as never), fines: b.fines };
    for (const c of currencies) {
      const total = b.totals.find((t) => t.currency === c);
      row[`total_${c}`] = total?.amount ?? "";
      row[`total_${c}_text`] = total ? money(total, l.locale) : "";
    }
    return row;
  });
  const columns: StatColumn[] = [keyColumn, { key: "fines", label: l.t("col.fines"), numeric: true }, ...currencies.map((c) => ({ key: `total_${c}`, label: l.t("col.totalIn", { currency: c }), numeric: true, display: `total_${c}_text` }))];
  return { rows, columns };
}

export function statisticRows(s: PublicStatisticsJson, l: Labels) {
  const { t, locale } = l;
  const article = (a: PublicStatisticsJson["finesByArticle"][number]["key"]) => (a ? `${localized(locale, a.lawName, a.lawNameKo)} ${a.number}` : t("noArticle"));
  return {
    byStage: s.casesByStage.map((b) => ({ label: b.key ? l.stage(b.key) : t("notStated"), stage: b.key ? l.stage(b.key) : t("notStated"), cases: b.cases })),
    byYear: s.casesByYear.map((b) => ({ label: yearLabel(b.key, l), year: yearLabel(b.key, l), cases: b.cases })),
    people: s.peopleByYear.map((r) => ({ label: yearLabel(r.year, l), year: yearLabel(r.year, l), people: r.total, cases: r.cases })),
    records: s.recordsByYear.map((r) => ({ label: yearLabel(r.year, l), year: yearLabel(r.year, l), records: r.total, cases: r.cases })),
    finesByYear: fineRows(s.finesByYear, (y: number | null) => yearLabel(y, l), { key: "year", label: t("col.year") }, l),
    finesBySector: fineRows(s.finesBySector, (k: string | null) => (k ? l.sector(k) : t("notClassified")), { key: "sector", label: t("col.sector") }, l),
    finesByArticle: fineRows(s.finesByArticle, article, { key: "article", label: t("col.article") }, l),
    categories: s.dataCategories.map((c) => ({ label: localized(locale, c.name, c.nameKo), name_en: c.name, name_ko: c.nameKo ?? "", cases: c.cases })),
    recipients: s.recipientFlows.map((f) => {
      const from = countryName(f.from, l);
      const to = countryName(f.to, l);
      return { label: t("flow", { from, to }), from, to, cross_border: f.crossBorder === null ? t("unknown") : f.crossBorder ? t("yes") : t("no"), cases: f.cases, recipients: f.recipients };
    }),
    median: s.findingsToDecision.byDecisionYear.map((y) => ({ label: String(y.year), decision_year: String(y.year), median_days: y.medianDays ?? 0, cases: y.n })),
  };
}
