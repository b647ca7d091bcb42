// Open statistics across published cases (/statistics and /api/public/statistics). Pure: computed
// only from the published versions handed in (listPublishedCases), so a case taken down leaves
// every figure at once. Versions published before a field existed count in a "not recorded"
// bucket (null key), never as a guess. Money is summed only within one currency.
import type { PublicSnapshot } from "@/lib/publishing/snapshot";
import { PUBLIC_STAGES, type PublicStage } from "@/lib/publishing/public-stage";
import { sumByCurrency, type Money } from "@/lib/money/amount";
import { median } from "./median";
import type { PublishedCaseRef } from "./published-case-ref";
import { publicSanctionRows, type PublicSanctionRow } from "./sanction-rows";

/** A count in a bucket; `null` keys are the "not stated / year unknown / not recorded" buckets, listed last. */
interface CountBucket<K> {
  key: K;
  cases: number;
}

interface FigureByYear {
  /** Calendar year; null: year unknown. */
  year: number | null;
  total: number;
  /** Cases that contributed a figure to this year. */
  cases: number;
}

export interface FineBucket<K> {
  key: K;
  /** Fines in the bucket (with or without a recorded amount). */
  fines: number;
  /** One total per currency (by currency code), never a sum across currencies; the amount that stands after any appeal. */
  totals: Money[];
}

interface ArticleKey {
  lawCode: string;
  number: string;
  lawName: string;
  lawNameKo: string | null;
  url: string | null;
}

interface CategoryCount {
  /** The grouping key: NFC, lower case, without spaces. */
  key: string;
  /** The most common spelling in the group, in English and (where any case has one) in Korean. */
  name: string;
  nameKo: string | null;
  cases: number;
}

interface RecipientFlow {
  /** The investigated company's country (ISO 3166-1 alpha-2); null: not recorded. */
  from: string | null;
  /** The recipient's country; null: not recorded. */
  to: string | null;
  /** Whether the data left the country; null when either country is not recorded. */
  crossBorder: boolean | null;
  cases: number;
  recipients: number;
}

interface MedianDays {
  /** Median days from findings to decision; with an even count, the mean of the two middle values. Null when n = 0. */
  medianDays: number | null;
  n: number;
}

export interface PublicStatistics {
  publishedCases: number;
  casesByStage: CountBucket<PublicStage | null>[];
  casesByYear: CountBucket<number | null>[];
  peopleByYear: FigureByYear[];
  casesWithoutPeople: number;
  recordsByYear: FigureByYear[];
  casesWithoutRecords: number;
  finesByYear: FineBucket<number | null>[];
  finesBySector: FineBucket<string | null>[];
  finesByArticle: FineBucket<ArticleKey | null>[];
  dataCategories: CategoryCount[];
  recipientFlows: RecipientFlow[];
  findingsToDecision: MedianDays & { byDecisionYear: (MedianDays & { year: number })[] };
}

export const TOP_CATEGORIES = 15;

const yearOf = (day: string | null | undefined): number | null => (day && /^\d{4}-/.test(day) ? Number(day.slice(0, 4)) : null);

/** The case's year: the year its findings were issued, else the year the conduct started. */
function caseYear(c: PublicSnapshot): number | null {
  return yearOf(c.milestones?.findingsOn) ?? yearOf(c.period.start);
}

/** Years ascending, the unknown year (null) last. */
const byYear = (a: number | null, b: number | null) => (a === null ? 1 : b === null ? -1 : a - b);

function countBy<K>(keys: K[], order: (a: K, b: K) => number): CountBucket<K>[] {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].map(([key, cases]) => ({ key, cases })).sort((a, b) => order(a.key, b.key));
}

function casesByStage(cases: PublicSnapshot[]): CountBucket<PublicStage | null>[] {
  const stages = PUBLIC_STAGES.map((key) => ({ key: key as PublicStage | null, cases: cases.filter((c) => c.stage === key).length }));
  const unstated = cases.filter((c) => !c.stage || !PUBLIC_STAGES.includes(c.stage)).length;
  return unstated ? [...stages, { key: null, cases: unstated }] : stages;
}

function addTo(map: Map<number | null, FigureByYear>, year: number | null, value: number) {
  const row = map.get(year) ?? { year, total: 0, cases: 0 };
  row.total += value;
  row.cases += 1;
  map.set(year, row);
}

function peopleByYear(cases: PublicSnapshot[]) {
  const map = new Map<number | null, FigureByYear>();
  let without = 0;
  for (const c of cases) {
    const value = c.headline.people?.value;
    if (typeof value === "number") addTo(map, caseYear(c), value);
    else without += 1;
  }
  return { rows: [...map.values()].sort((a, b) => byYear(a.year, b.year)), without };
}

function recordsByYear(cases: PublicSnapshot[]) {
  const map = new Map<number | null, FigureByYear>();
  let without = 0;
  for (const c of cases) {
    const perYear = new Map<number, number>();
    for (const m of c.series.months ?? []) {
      const year = yearOf(m.month);
      if (year !== null) perYear.set(year, (perYear.get(year) ?? 0) + m.records);
    }
    if (perYear.size === 0) without += 1;
    for (const [year, records] of perYear) addTo(map, year, records);
  }
  return { rows: [...map.values()].sort((a, b) => byYear(a.year, b.year)), without };
}

/** The amount of a fine that stands: the final amount after an appeal, else the amount decided. */
function standingAmount(row: PublicSanctionRow): Money | null {
  return row.appealOutcome ? row.finalAmount : row.amount;
}

function fineBuckets<K>(fines: PublicSanctionRow[], keysOf: (row: PublicSanctionRow) => K[], id: (key: K) => string, order: (a: K, b: K) => number): FineBucket<K>[] {
  const groups = new Map<string, { key: K; fines: number; amounts: Money[] }>();
  for (const row of fines) {
    const amount = standingAmount(row);
    for (const key of keysOf(row)) {
      const group = groups.get(id(key)) ?? { key, fines: 0, amounts: [] };
      group.fines += 1;
      if (amount) group.amounts.push(amount);
      groups.set(id(key), group);
    }
  }
  return [...groups.values()].map((g) => ({ key: g.key, fines: g.fines, totals: sumByCurrency(g.amounts).sort((a, b) => a.currency.localeCompare(b.currency)) })).sort((a, b) => order(a.key, b.key));
}

const articleId = (a: ArticleKey | null) => (a ? `${a.lawCode}\u0000${a.number}` : "");
const nullsLast = <K>(compare: (a: K, b: K) => number) => (a: K | null, b: K | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : compare(a, b));

function fines(cases: readonly PublishedCaseRef[]) {
  const rows = publicSanctionRows(cases).filter((r) => r.type === "fine");
  return {
    finesByYear: fineBuckets(rows, (r) => [yearOf(r.decisionDate)], String, byYear),
    finesBySector: fineBuckets(rows, (r) => [r.subject.sector ?? null], String, nullsLast<string>((a, b) => a.localeCompare(b))),
    // A fine citing several articles counts under each; one citing none, under "no article recorded".
    finesByArticle: fineBuckets(
      rows,
      (r) => {
        const articles = new Map(r.articles.map((a) => [articleId(a), { lawCode: a.lawCode, number: a.number, lawName: a.lawName, lawNameKo: a.lawNameKo, url: a.url }]));
        return articles.size ? [...articles.values()] : [null];
      },
      articleId,
      nullsLast<ArticleKey>((a, b) => a.lawCode.localeCompare(b.lawCode) || a.number.localeCompare(b.number, "en", { numeric: true })),
    ),
  };
}

/** The grouping key of a data category's name: case- and space-insensitive, Unicode NFC. */
export const categoryKey = (name: string) => name.normalize("NFC").toLowerCase().replace(/\s+/g, "");

const mostCommon = (spellings: Map<string, number>): string | null =>
  [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

function dataCategories(cases: PublicSnapshot[]): CategoryCount[] {
  const groups = new Map<string, { cases: number; names: Map<string, number>; namesKo: Map<string, number> }>();
  for (const c of cases) {
    const seen = new Set<string>();
    for (const category of c.dataCategories) {
      const key = categoryKey(category.name);
      if (!key) continue;
      const group = groups.get(key) ?? { cases: 0, names: new Map(), namesKo: new Map() };
      if (!seen.has(key)) group.cases += 1;
      seen.add(key);
      const name = category.name.normalize("NFC").trim();
      group.names.set(name, (group.names.get(name) ?? 0) + 1);
      const nameKo = category.nameKo?.normalize("NFC").trim();
      if (nameKo) group.namesKo.set(nameKo, (group.namesKo.get(nameKo) ?? 0) + 1);
      groups.set(key, group);
    }
  }
  return [...groups]
    .map(([key, g]) => ({ key, name: mostCommon(g.names) ?? key, nameKo: mostCommon(g.namesKo), cases: g.cases }))
    .sort((a, b) => b.cases - a.cases || a.key.localeCompare(b.key))
    .slice(0, TOP_CATEGORIES);
}

function recipientFlows(cases: PublicSnapshot[]): RecipientFlow[] {
  const flows = new Map<string, RecipientFlow & { caseSlugs: Set<string> }>();
  for (const c of cases) {
    const from = c.investigated.country ?? null;
    for (const r of c.recipients) {
      const to = r.country ?? null;
      const id = `${from ?? ""}>${to ?? ""}`;
      const flow = flows.get(id) ?? { from, to, crossBorder: from && to ? from !== to : null, cases: 0, recipients: 0, caseSlugs: new Set() };
      flow.recipients += 1;
      flow.caseSlugs.add(c.slug);
      flow.cases = flow.caseSlugs.size;
      flows.set(id, flow);
    }
  }
  const code = nullsLast<string>((a, b) => a.localeCompare(b));
  return [...flows.values()]
    .map(({ caseSlugs: _, ...flow }) => flow)
    .sort((a, b) => b.cases - a.cases || b.recipients - a.recipients || code(a.from, b.from) || code(a.to, b.to));
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

function findingsToDecision(cases: PublicSnapshot[]): PublicStatistics["findingsToDecision"] {
  const spans: { year: number; days: number }[] = [];
  for (const c of cases) {
    const { findingsOn, decidedOn } = c.milestones ?? {};
    const year = yearOf(decidedOn);
    if (!findingsOn || !decidedOn || year === null || yearOf(findingsOn) === null) continue;
    spans.push({ year, days: dayNumber(decidedOn) - dayNumber(findingsOn) });
  }
  const years = [...new Set(spans.map((s) => s.year))].sort((a, b) => a - b);
  return {
    medianDays: median(spans.map((s) => s.days)),
    n: spans.length,
    byDecisionYear: years.map((year) => {
      const days = spans.filter((s) => s.year === year).map((s) => s.days);
      return { year, medianDays: median(days), n: days.length };
    }),
  };
}

/** Every statistic of the statistics page, from the published cases given. */
export function publicStatistics(refs: readonly PublishedCaseRef[]): PublicStatistics {
  const cases = refs.map((r) => r.raw);
  const people = peopleByYear(cases);
  const records = recordsByYear(cases);
  return {
    publishedCases: cases.length,
    casesByStage: casesByStage(cases),
    casesByYear: countBy(cases.map(caseYear), byYear),
    peopleByYear: people.rows,
    casesWithoutPeople: people.without,
    recordsByYear: records.rows,
    casesWithoutRecords: records.without,
    ...fines(refs),
    dataCategories: dataCategories(cases),
    recipientFlows: recipientFlows(cases),
    findingsToDecision: findingsToDecision(cases),
  };
}
