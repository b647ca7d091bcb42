// The enforcement tracker's query (/sanctions and GET /api/public/sanctions read the same one, so
// a view shared as an address downloads as exactly the rows it shows), and the pure filtering and
// sorting over publicSanctionRows. Unknown parameter names are ignored (a shared link may carry
// tracking tags); a bad value is refused with a message that names the problem, never guessed.
// Amounts are compared only within one currency: a range needs its currency, and the amount sort
// groups by currency.
import { z } from "zod";
import { ORGANIZATION_SECTORS, SANCTION_TYPES } from "@/lib/enums";
import type { Locale } from "@/lib/i18n/locales";
import { citationCode } from "@/lib/legal-articles/format-citation";
import { parseAmount } from "@/lib/money/amount";
import { isCurrency } from "@/lib/money/currency";
import type { PublicSanctionRow } from "./sanction-rows";
import { TRACKER_QUERY_KEYS } from "./tracker-keys";

const TRACKER_SORTS = ["date", "amount", "company", "case"] as const;
export type TrackerSort = (typeof TRACKER_SORTS)[number];
export type SortDir = "asc" | "desc";

/** The problems a query can have, each with the English sentence the API answers (the page words them from tracker.problems). */
const TRACKER_PROBLEMS = {
  year: "year must be a decision year from 1990 to next year.",
  sector: `sector must be one of: ${ORGANIZATION_SECTORS.join(", ")}.`,
  type: `type must be one of: ${SANCTION_TYPES.join(", ")}.`,
  article: "article must be a law code and an article number, e.g. CIUPA:32.",
  authority: "authority must be an organisation's slug.",
  currency: "currency must be an ISO 4217 code, e.g. KRW or EUR.",
  needsCurrency: "An amount range (min, max) needs a currency.",
  amount: "min and max must be amounts in the currency (digits, at most the currency's decimals).",
  inverted: "The amount range is inverted: min is larger than max.",
  q: "q must be at most 200 characters.",
  sort: `sort must be one of: ${TRACKER_SORTS.join(", ")}.`,
  dir: "dir must be asc or desc.",
  page: "page must be a whole number from 1.",
} as const;

/**
 * Rows per page of the table; the downloads give the whole filtered view. 20 keeps the cached
 * tracker light (at 100 it weighed 450 KB and served 233 requests/s: docs/performance.md).
 */
export const TRACKER_PAGE_SIZE = 20;
export type TrackerProblem = keyof typeof TRACKER_PROBLEMS;

const DEFAULT_DIR: Record<TrackerSort, SortDir> = { date: "desc", amount: "desc", company: "asc", case: "asc" };
const FILTER_KEYS = TRACKER_QUERY_KEYS;
export type TrackerQueryKey = (typeof FILTER_KEYS)[number];

export interface TrackerFilters {
  year?: number;
  sector?: (typeof ORGANIZATION_SECTORS)[number];
  type?: (typeof SANCTION_TYPES)[number];
  article?: { lawCode: string; number: string };
  authority?: string;
  currency?: string;
  min?: bigint;
  max?: bigint;
  q?: string;
  sort: TrackerSort;
  dir: SortDir;
  /** The table's page (the page only; the API gives every row of the view). */
  page?: number;
}

const text = (problem: TrackerProblem, max = 100) => z.string({ error: TRACKER_PROBLEMS[problem] }).trim().max(max, TRACKER_PROBLEMS[problem]);

const shape = z.object({
  year: text("year", 4)
    .regex(/^\d{4}$/, TRACKER_PROBLEMS.year)
    .transform(Number)
    .refine((y) => y >= 1990 && y <= new Date().getUTCFullYear() + 1, TRACKER_PROBLEMS.year)
    .optional(),
  sector: z.enum(ORGANIZATION_SECTORS, { error: TRACKER_PROBLEMS.sector }).optional(),
  type: z.enum(SANCTION_TYPES, { error: TRACKER_PROBLEMS.type }).optional(),
  article: text("article")
    .regex(/^[^:\s]+:[^:\s]+$/, TRACKER_PROBLEMS.article)
    .transform((a) => {
      const [lawCode = "", number = ""] = a.split(":");
      return { lawCode, number };
    })
    .optional(),
  authority: text("authority").regex(/^[a-z0-9][a-z0-9-]*$/, TRACKER_PROBLEMS.authority).optional(),
  currency: text("currency", 3)
    .transform((c) => c.toUpperCase())
    .refine(isCurrency, TRACKER_PROBLEMS.currency)
    .optional(),
  min: text("amount", 40).optional(),
  max: text("amount", 40).optional(),
  q: text("q", 200).optional(),
  sort: z.enum(TRACKER_SORTS, { error: TRACKER_PROBLEMS.sort }).default("date"),
  dir: z.enum(["asc", "desc"], { error: TRACKER_PROBLEMS.dir }).optional(),
  page: text("page", 6).regex(/^[1-9]\d*$/, TRACKER_PROBLEMS.page).transform(Number).optional(),
});

/** Only the tracker's own keys, blank ones dropped (a GET form sends every field, empty or not). */
function ownValues(input: unknown): Record<string, unknown> {
  if (typeof input !== "object" || input === null) return {};
  const values = input as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const raw = Array.isArray(values[key]) ? (values[key] as unknown[])[0] : values[key];
    if (raw !== undefined && raw !== null && !(typeof raw === "string" && raw.trim() === "")) kept[key] = raw;
  }
  return kept;
}

export const trackerQuerySchema = z.preprocess(
  ownValues,
  shape.transform((v, ctx): TrackerFilters => {
    const filters: TrackerFilters = { sort: v.sort, dir: v.dir ?? DEFAULT_DIR[v.sort] };
    for (const key of ["year", "sector", "type", "article", "authority", "currency", "page"] as const) if (v[key] !== undefined) Object.assign(filters, { [key]: v[key] });
    if (v.q) filters.q = v.q.normalize("NFC");
    if (v.min === undefined && v.max === undefined) return filters;
    if (!v.currency) {
      ctx.addIssue({ code: "custom", path: ["currency"], message: TRACKER_PROBLEMS.needsCurrency });
      return z.NEVER;
    }
    for (const key of ["min", "max"] as const) {
      const typed = v[key];
      if (typed === undefined) continue;
      const read = parseAmount(typed, v.currency);
      if (!read.ok) ctx.addIssue({ code: "custom", path: [key], message: TRACKER_PROBLEMS.amount });
      else filters[key] = read.minor;
    }
    if (filters.min !== undefined && filters.max !== undefined && filters.min > filters.max) ctx.addIssue({ code: "custom", path: ["min"], message: TRACKER_PROBLEMS.inverted });
    return filters;
  }),
);

export const parseTrackerQuery = (input: unknown) => trackerQuerySchema.safeParse(input);

/** The problems behind a refused query, once each, in the order found: the page words each one. */
export function problemCodes(error: z.ZodError): TrackerProblem[] {
  const byMessage = new Map(Object.entries(TRACKER_PROBLEMS).map(([code, message]) => [message as string, code as TrackerProblem]));
  return [...new Set(error.issues.map((i) => byMessage.get(i.message) ?? ("q" as const)))];
}

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("en-US");

/** Everything a search reads of a row, in both languages. */
function searchText(row: PublicSanctionRow): string {
  const articles = row.articles.flatMap((a) => [citationCode(a), `${a.lawCode} ${a.number}`, `${a.lawCode}:${a.number}`, a.lawName, a.lawNameKo ?? "", a.title ?? "", a.titleKo ?? ""]);
  return fold([row.subject.name, row.subject.nameKo ?? "", row.case.title, row.case.titleKo ?? "", ...articles].join("\n"));
}

export function filterSanctions(rows: readonly PublicSanctionRow[], f: TrackerFilters): PublicSanctionRow[] {
  const terms = f.q ? fold(f.q).split(/\s+/).filter(Boolean) : [];
  const lawCode = f.article?.lawCode.toUpperCase();
  return rows.filter((r) => {
    if (f.year !== undefined && r.decisionDate?.slice(0, 4) !== String(f.year)) return false;
    if (f.sector && r.subject.sector !== f.sector) return false;
    if (f.type && r.type !== f.type) return false;
    if (f.authority && r.authority?.slug !== f.authority) return false;
    if (f.article && !r.articles.some((a) => a.lawCode.toUpperCase() === lawCode && a.number === f.article?.number)) return false;
    if (f.currency) {
      if (r.amount?.currency !== f.currency) return false;
      if (f.min !== undefined && r.amount.minor < f.min) return false;
      if (f.max !== undefined && r.amount.minor > f.max) return false;
    }
    if (terms.length > 0) {
      const haystack = searchText(r);
      if (!terms.every((t) => haystack.includes(t))) return false;
    }
    return true;
  });
}

const nameIn = (locale: Locale | undefined, name: string, nameKo: string | null) => (locale === "ko" && nameKo ? nameKo : name);

/**
 * A new array in the order asked. Undated rows and rows without an amount come last either way;
 * amounts are ordered within their currency, the currencies by code. Ties keep the given order.
 */
export function sortSanctions(rows: readonly PublicSanctionRow[], { sort, dir }: Pick<TrackerFilters, "sort" | "dir">, locale?: Locale): PublicSanctionRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const collator = new Intl.Collator(locale === "ko" ? "ko-KR" : "en-US", { sensitivity: "base" });
  const compare = (a: PublicSanctionRow, b: PublicSanctionRow): number => {
    switch (sort) {
      case "date":
        if (!a.decisionDate || !b.decisionDate) return Number(!a.decisionDate) - Number(!b.decisionDate);
        return sign * a.decisionDate.localeCompare(b.decisionDate);
      case "amount":
        if (!a.amount || !b.amount) return Number(!a.amount) - Number(!b.amount);
        if (a.amount.currency !== b.amount.currency) return a.amount.currency.localeCompare(b.amount.currency);
        return sign * (a.amount.minor < b.amount.minor ? -1 : a.amount.minor > b.amount.minor ? 1 : 0);
      case "company":
        return sign * collator.compare(nameIn(locale, a.subject.name, a.subject.nameKo), nameIn(locale, b.subject.name, b.subject.nameKo));
      case "case":
        return sign * collator.compare(nameIn(locale, a.case.title, a.case.titleKo), nameIn(locale, b.case.title, b.case.titleKo));
    }
  };
  return [...rows].sort(compare);
}

/** One page of the rows, with its place (1-based, inclusive); a page past the end is the last one. */
export function pageOf<T>(rows: readonly T[], requested = 1) {
  const pages = Math.max(1, Math.ceil(rows.length / TRACKER_PAGE_SIZE));
  const page = Math.min(Math.max(1, requested), pages);
  const start = (page - 1) * TRACKER_PAGE_SIZE;
  const shown = rows.slice(start, start + TRACKER_PAGE_SIZE);
  return { page, pages, from: shown.length ? start + 1 : 0, to: start + shown.length, rows: shown };
}

/** The query as an address's search part, for links that keep the view (sort headers, downloads). */
export function trackerSearch(raw: Readonly<Partial<Record<TrackerQueryKey | "format", string>>>, change: Partial<Record<TrackerQueryKey | "format", string | undefined>> = {}): string {
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS, "format"] as const) {
    const value = key in change ? change[key] : raw[key];
    if (value) params.set(key, value);
  }
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The tracker's own keys of a page's searchParams, first value of each, blank dropped. */
export function rawTrackerQuery(searchParams: Record<string, string | string[] | undefined>): Partial<Record<TrackerQueryKey, string>> {
  return ownValues(searchParams) as Partial<Record<TrackerQueryKey, string>>;
}
