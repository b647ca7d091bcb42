// A published version as tidy tables: one table per kind of thing, one row per thing, one typed
// plain column per field, so a spreadsheet or a data frame reads it without reshaping. Pure: the
// zip (open-data-zip.ts) and its tests build from here. Versions published before a field existed
// leave its column empty, never guess.
import { toDecimal } from "@/lib/money/amount";
import { storedMoney } from "@/lib/money/stored-money";
import { citationCode } from "@/lib/legal-articles/format-citation";
import type { PublicArticle, PublicSnapshot, SnapshotFigure } from "./snapshot";

/** Frictionless Table Schema types (https://specs.frictionlessdata.io/table-schema/#types-and-formats). */
type ColumnType = "string" | "integer" | "number" | "boolean" | "date" | "yearmonth";

interface TidyColumn {
  name: string;
  type: ColumnType;
  description: string;
}

type Cell = string | number | boolean | null;

export interface TidyTable {
  /** The file's name without `.csv`, also the data package's resource name. */
  name: string;
  title: string;
  columns: readonly TidyColumn[];
  rows: Record<string, Cell>[];
}

const col = (name: string, type: ColumnType, description: string): TidyColumn => ({ name, type, description });

/** Articles in one cell, as the export and the trail cite them: "PIPA Art. 17; CIA Art. 24". */
const articlesCell = (articles: PublicArticle[] | undefined): string | null => (articles?.length ? articles.map(citationCode).join("; ") : null);

/** A stored amount as plain digits in its currency's major units ("1234.50"), or null. */
function amountCell(amount: string | null | undefined, currency: string | undefined, amountKrw?: string | null): string | null {
  const money = storedMoney({ amount, currency, amountKrw });
  return money ? toDecimal(money) : null;
}

const HEADLINE_LABELS = {
  people: { label: "People affected", labelKo: "영향을 받은 사람", unit: "people" },
  records: { label: "Records shared", labelKo: "공유된 기록", unit: "records" },
} as const;

function headlineRow(key: "people" | "records", f: SnapshotFigure): Record<string, Cell> {
  const { label, labelKo, unit } = HEADLINE_LABELS[key];
  return { key, label, label_ko: labelKo, value: f.value, unit, approximate: f.approximate, provenance: f.provenance, as_of: f.asOf, source: f.source };
}

function figures(c: PublicSnapshot): TidyTable {
  const headline = (["people", "records"] as const).flatMap((k) => {
    const f = c.headline[k];
    return f ? [headlineRow(k, f)] : [];
  });
  return {
    name: "figures",
    title: "Headline and key figures",
    columns: [
      col("key", "string", "The figure's key; people and records are the headline figures"),
      col("label", "string", "Label in English"),
      col("label_ko", "string", "Label in Korean"),
      col("value", "number", "The value"),
      col("unit", "string", "Unit of the value"),
      col("approximate", "boolean", "Whether the value is approximate"),
      col("provenance", "string", "How the value is known: reported, verified, estimated or modelled"),
      col("as_of", "date", "The day the value refers to"),
      col("source", "string", "Where the value comes from"),
    ],
    rows: [
      ...headline,
      ...c.figures.map((f) => ({ key: f.key, label: f.label, label_ko: f.labelKo, value: f.value, unit: f.unit, approximate: f.approximate, provenance: f.provenance, as_of: f.asOf, source: f.source })),
    ],
  };
}

function dataCategories(c: PublicSnapshot): TidyTable {
  return {
    name: "data-categories",
    title: "Categories of personal data shared",
    columns: [
      col("id", "string", "Stable identifier within the case"),
      col("name", "string", "Name in English"),
      col("name_ko", "string", "Name in Korean"),
      col("consent", "string", "Consent status"),
      col("purpose_claimed", "string", "Purpose the company claimed"),
      col("protection_method", "string", "How the data was protected"),
      col("reversibility", "string", "Whether the protection can be reversed"),
      col("reversibility_note", "string", "The inspectors' note on reversibility"),
    ],
    rows: c.dataCategories.map((d) => ({
      id: d.id,
      name: d.name,
      name_ko: d.nameKo,
      consent: d.consent,
      purpose_claimed: d.purposeClaimed,
      protection_method: d.protectionMethod,
      reversibility: d.reversibility,
      reversibility_note: d.reversibilityNote,
    })),
  };
}

function timeline(c: PublicSnapshot): TidyTable {
  return {
    name: "timeline",
    title: "Timeline",
    columns: [
      col("id", "string", "Stable identifier within the case"),
      col("occurred_on", "date", "Day of the event (the first day of the month or year when less precise)"),
      col("precision", "string", "Precision of occurred_on: day, month or year"),
      col("kind", "string", "Kind of event"),
      col("title", "string", "Title in English"),
      col("title_ko", "string", "Title in Korean"),
      col("description", "string", "Description"),
      col("inference_note", "string", "How the date was inferred, when it was"),
    ],
    rows: c.timeline.map((e) => ({ id: e.id, occurred_on: e.occurredOn, precision: e.precision, kind: e.kind, title: e.title, title_ko: e.titleKo, description: e.description, inference_note: e.inferenceNote })),
  };
}

function findings(c: PublicSnapshot): TidyTable {
  return {
    name: "findings",
    title: "Findings",
    columns: [
      col("id", "string", "Stable identifier within the case"),
      col("title", "string", "Title in English"),
      col("title_ko", "string", "Title in Korean"),
      col("body", "string", "The finding"),
      col("body_ko", "string", "The finding in Korean"),
      col("articles", "string", "Legal articles cited, separated by '; ' (law code and article)"),
    ],
    rows: c.findings.map((f) => ({ id: f.id, title: f.title, title_ko: f.titleKo ?? null, body: f.body, body_ko: f.bodyKo ?? null, articles: articlesCell(f.articles) })),
  };
}

function sanctions(c: PublicSnapshot): TidyTable {
  return {
    name: "sanctions",
    title: "Sanctions",
    columns: [
      col("id", "string", "Stable identifier within the case"),
      col("type", "string", "Type of sanction"),
      col("subject", "string", "The organisation or person sanctioned"),
      col("subject_slug", "string", "The organisation's address in Casefile: /organisations/<subject_slug>"),
      col("amount", "number", "The amount that stands (after an appeal, the final amount), in major units of currency"),
      col("currency", "string", "ISO 4217 currency of the amounts"),
      col("decision_date", "date", "Day of the decision"),
      col("appeal_outcome", "string", "Outcome of an appeal, when decided"),
      col("amount_before_appeal", "number", "After an appeal: the amount decided before it"),
      col("articles", "string", "Legal articles cited, separated by '; ' (law code and article)"),
    ],
    rows: c.sanctions.map((s) => {
      const amount = amountCell(s.amount, s.currency, s.amountKrw);
      const currency = s.currency ?? (amount === null ? null : "KRW");
      return {
        id: s.id,
        type: s.type,
        subject: s.subject?.name ?? s.subjectName,
        subject_slug: s.subject?.slug ?? null,
        amount,
        currency,
        decision_date: s.decisionDate,
        appeal_outcome: s.appealOutcome,
        amount_before_appeal: amountCell(s.amountBeforeAppeal, s.currency),
        articles: articlesCell(s.articles),
      };
    }),
  };
}

function monthlyRecords(c: PublicSnapshot): TidyTable {
  return {
    name: "monthly-records",
    title: "Records shared per month",
    columns: [
      col("month", "yearmonth", "The month (YYYY-MM)"),
      col("records", "integer", "Records shared in the month"),
      col("days", "integer", "Days of the month the count covers"),
      col("provenance", "string", "How the count is known: reported, verified, estimated or modelled"),
    ],
    rows: (c.series.months ?? []).map((m) => ({ month: m.month.slice(0, 7), records: m.records, days: m.days, provenance: m.provenance })),
  };
}

/** Every table of a published version, in a fixed order. */
export function tidyTables(c: PublicSnapshot): TidyTable[] {
  return [figures(c), dataCategories(c), timeline(c), findings(c), sanctions(c), monthlyRecords(c)];
}
