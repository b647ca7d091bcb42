// What a proposed public version changes against the live one, field by field, so the approver
// judges the difference rather than a count. Pure: no I/O. Items are matched by their stable id
// (figures by key), never by position. Fields an earlier snapshot lacks read as empty, which is
// how every public reader treats them (snapshot.ts), so adding an optional field is no change.
import { toDecimal } from "@/lib/money/amount";
import { storedMoney } from "@/lib/money/stored-money";
import type { PublicArticle, PublicSnapshot } from "./snapshot";

export type Scalar = string | number | boolean | null;

export interface FieldChange {
  /** Dotted path inside the snapshot (or inside the item): "summary", "headline.people.provenance". */
  field: string;
  before: Scalar;
  after: Scalar;
  /** Where a figure came from changed (verified, reported, estimated, modelled): shown apart. */
  provenance: boolean;
}

export interface ItemRef {
  id: string;
  label: string;
  labelKo: string | null;
}

interface ListDiff {
  added: ItemRef[];
  removed: ItemRef[];
  changed: (ItemRef & { changes: FieldChange[] })[];
}

export const DIFF_LISTS = ["recipients", "figures", "dataCategories", "timeline", "findings", "statements", "sanctions", "sources"] as const;
type DiffList = (typeof DIFF_LISTS)[number];

interface ProvenanceChange {
  /** The list the item is in; null for the case's own fields (the headline figures, the series). */
  list: DiffList | null;
  item: ItemRef | null;
  field: string;
  before: Scalar;
  after: Scalar;
}

export interface SnapshotDiff {
  /** No live version: everything proposed is new. */
  first: boolean;
  unchanged: boolean;
  fields: FieldChange[];
  lists: Record<DiffList, ListDiff>;
  provenance: ProvenanceChange[];
}

type Flat = Map<string, Scalar>;
type Item = Record<string, unknown>;

const isArticle = (value: unknown): value is PublicArticle => Boolean(value && typeof value === "object" && "lawCode" in value && "number" in value);

function flatten(value: unknown, prefix: string, out: Flat): Flat {
  if (Array.isArray(value)) {
    const text = value.every(isArticle) ? value.map((a) => `${a.lawCode} ${a.number}`).join("; ") : JSON.stringify(value);
    out.set(prefix, text === "" ? null : text);
  } else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, (value ?? null) as Scalar);
  }
  return out;
}

const isProvenance = (field: string) => field === "provenance" || field.endsWith(".provenance");

function compare(before: Flat, after: Flat): FieldChange[] {
  const keys = [...after.keys(), ...[...before.keys()].filter((k) => !after.has(k))];
  return keys.flatMap((field) => {
    const b = before.get(field) ?? null;
    const a = after.get(field) ?? null;
    return b === a ? [] : [{ field, before: b, after: a, provenance: isProvenance(field) }];
  });
}

/** The case's own fields: everything but the lists, with the records series as its totals. */
function caseFields(s: PublicSnapshot | null): Flat {
  if (!s) return new Map();
  const rest: Record<string, unknown> = Object.fromEntries(Object.entries(s).filter(([key]) => key !== "schema" && key !== "series" && !(DIFF_LISTS as readonly string[]).includes(key)));
  const months = s.series.months;
  rest.series = { days: s.series.days, provenance: s.series.provenance, months: months?.length ?? null, records: months ? months.reduce((sum, m) => sum + m.records, 0) : null };
  return flatten(rest, "", new Map());
}

function refOf(list: DiffList, item: Item): ItemRef {
  const text = (key: string) => (typeof item[key] === "string" ? (item[key] as string) : null);
  const id = list === "figures" ? String(item.key) : String(item.id);
  switch (list) {
    case "figures":
      return { id, label: text("label") ?? id, labelKo: text("labelKo") };
    case "timeline":
    case "findings":
    case "sources":
      return { id, label: text("title") ?? id, labelKo: text("titleKo") };
    case "statements":
      return { id, label: (text("quote") ?? id).slice(0, 120), labelKo: text("quoteKo")?.slice(0, 120) ?? null };
    case "sanctions":
      return { id, label: text("subjectName") ?? id, labelKo: null };
    default:
      return { id, label: text("name") ?? id, labelKo: text("nameKo") };
  }
}

/** An item's comparable fields: no identity, and a sanction's amount as one money value in either stored shape. */
function itemFields(list: DiffList, item: Item): Flat {
  const rest: Item = Object.fromEntries(Object.entries(item).filter(([key]) => key !== "id" && key !== "key"));
  if (list === "sanctions") {
    const money = storedMoney(item);
    delete rest.amountKrw;
    delete rest.currency;
    rest.amount = money ? `${toDecimal(money)} ${money.currency}` : null;
  }
  return flatten(rest, "", new Map());
}

function diffList(list: DiffList, live: Item[], proposed: Item[]): ListDiff {
  const idOf = (item: Item) => refOf(list, item).id;
  const before = new Map(live.map((item) => [idOf(item), item]));
  const after = new Set(proposed.map(idOf));
  const out: ListDiff = { added: [], removed: [], changed: [] };
  for (const item of proposed) {
    const previous = before.get(idOf(item));
    if (!previous) {
      out.added.push(refOf(list, item));
      continue;
    }
    const changes = compare(itemFields(list, previous), itemFields(list, item));
    if (changes.length > 0) out.changed.push({ ...refOf(list, item), changes });
  }
  for (const item of live) if (!after.has(idOf(item))) out.removed.push(refOf(list, item));
  return out;
}

export function diffSnapshots(live: PublicSnapshot | null, proposed: PublicSnapshot): SnapshotDiff {
  const fields = compare(caseFields(live), caseFields(proposed));
  const lists = Object.fromEntries(DIFF_LISTS.map((list) => [list, diffList(list, (live?.[list] ?? []) as Item[], proposed[list] as Item[])])) as Record<DiffList, ListDiff>;
  const provenance: ProvenanceChange[] = live
    ? [
        ...fields.filter((c) => c.provenance).map((c) => ({ list: null, item: null, field: c.field, before: c.before, after: c.after })),
        ...DIFF_LISTS.flatMap((list) =>
          lists[list].changed.flatMap(({ changes, ...item }) => changes.filter((c) => c.provenance).map((c) => ({ list, item, field: c.field, before: c.before, after: c.after }))),
        ),
      ]
    : [];
  const unchanged = fields.length === 0 && DIFF_LISTS.every((l) => lists[l].added.length + lists[l].removed.length + lists[l].changed.length === 0);
  return { first: live === null, unchanged, fields, lists, provenance };
}
