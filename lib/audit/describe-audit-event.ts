// Turns an audit row into what a person reads: "Kim Regulator changed the finding “Consent was not
// obtained”", then "Severity High → Critical". Pure: the names come in as lookup maps (loaded in
// batches by load-audit-lookups.ts) and the words through a translator, so tests reach it directly.
import { formatDate, formatDateTime } from "@/lib/format/date";
import { formatExact } from "@/lib/format/number";
import { formatMoney } from "@/lib/format/money";
import { DEFAULT_CURRENCY, isCurrency } from "@/lib/money/currency";
import type { Locale } from "@/lib/i18n/locales";
import { isAuditAction, isAuditEntityType } from "./audit-actions";
import { AUDIT_FIELDS, AUDIT_ITEM_NAMES, enumMessageKey, type AuditFieldFormat } from "./audit-fields";

/** The columns of an audit row the trail reads. */
export interface AuditEventRow {
  id: bigint;
  occurredAt: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  incidentId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** How an item is named: its own words, or parts the messages assemble. */
export type AuditEntityName =
  | { kind: "text"; text: string; textKo?: string | null }
  | { kind: "sanction"; type: string; subject: string }
  | { kind: "publication"; number: number }
  | { kind: "transition"; transition: string };

export interface AuditLookups {
  /** User id → the user's current name. */
  users: ReadonlyMap<string, string>;
  /** Case id → its title and address. */
  cases: ReadonlyMap<string, { title: string; titleKo: string | null; slug: string }>;
  /** entityKey(type, id) → the item's name. */
  entities: ReadonlyMap<string, AuditEntityName>;
}

/** A translator over the whole message tree (next-intl's `t` from the root). */
export interface AuditTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export type AuditChange =
  | { kind: "changed"; field: string; label: string; before: string; after: string }
  | { kind: "value"; field: string; label: string; value: string };

export interface AuditEventDescription {
  id: string;
  action: string;
  occurredAt: { iso: string; text: string };
  actor: string;
  headline: string;
  changes: AuditChange[];
  caseRef: { title: string; slug: string } | null;
  ip: string | null;
  /** The whole row as JSON, ids and ISO times included ("show raw"). */
  raw: string;
}

/** Items named through `entities` (users and cases have their own maps; imports name themselves). */
const LOOKED_UP_ENTITY_TYPES = [...(Object.keys(AUDIT_ITEM_NAMES) as (keyof typeof AUDIT_ITEM_NAMES)[]), "sanction", "publication_version", "transition_proposal", "recipient"] as const;
type LookedUpEntityType = (typeof LOOKED_UP_ENTITY_TYPES)[number];

export const entityKey = (type: string, id: string) => `${type}:${id}`;

/** The longest a text value is shown in the readable view; the raw JSON has all of it. */
const TEXT_LIMIT = 200;

type Json = Record<string, unknown>;
const asRecord = (value: unknown): Json | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null);
const asString = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** An assignment's entity id is "<case id>:<user id>". */
const assignedUserId = (entityId: string | null) => entityId?.split(":")[1] ?? null;

function fieldsOf(entityType: string) {
  return isAuditEntityType(entityType) ? AUDIT_FIELDS[entityType] : {};
}

/** Which users, cases and items a page of rows needs named, each once. */
export function auditLookupIds(events: readonly AuditEventRow[]) {
  const users = new Set<string>();
  const cases = new Set<string>();
  const entities = Object.fromEntries(LOOKED_UP_ENTITY_TYPES.map((type) => [type, new Set<string>()])) as Record<LookedUpEntityType, Set<string>>;
  for (const e of events) {
    if (e.actorId) users.add(e.actorId);
    if (e.incidentId) cases.add(e.incidentId);
    if (e.entityId && e.entityType === "user") users.add(e.entityId);
    if (e.entityId && e.entityType === "incident") cases.add(e.entityId);
    const assigned = e.entityType === "case_assignment" ? assignedUserId(e.entityId) : null;
    if (assigned) users.add(assigned);
    if (e.entityId && (LOOKED_UP_ENTITY_TYPES as readonly string[]).includes(e.entityType)) entities[e.entityType as LookedUpEntityType].add(e.entityId);
    const fields = fieldsOf(e.entityType);
    for (const side of [asRecord(e.before), asRecord(e.after)]) {
      for (const [field, value] of Object.entries(side ?? {})) {
        if (fields[field]?.kind === "user" && typeof value === "string") users.add(value);
        if (fields[field]?.kind === "organization" && typeof value === "string") entities.organization.add(value);
      }
    }
  }
  return { users, cases, entities };
}

interface Context {
  t: AuditTranslator;
  locale: Locale;
}

function isEmpty(value: unknown) {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

function clip(text: string) {
  return text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT - 1)}…` : text;
}

/** The currency of the amounts on one side of a row: won for rows written before currencies existed. */
const currencyOf = (side: Json | null) => (typeof side?.currency === "string" && isCurrency(side.currency) ? side.currency : DEFAULT_CURRENCY);

function formatValue(value: unknown, format: AuditFieldFormat, lookups: AuditLookups, { t, locale }: Context, side: Json | null): string {
  if (isEmpty(value)) return t("auditLabels.none");
  const date = () => (typeof value === "string" || typeof value === "number" ? new Date(value) : null);
  switch (format.kind) {
    case "day":
    case "instant": {
      const d = date();
      if (!d || Number.isNaN(d.getTime())) return clip(String(value));
      return format.kind === "day" ? formatDate(d, "day", locale) : formatDateTime(d, locale);
    }
    case "count":
    case "money": {
      if (typeof value !== "number" && !(typeof value === "string" && /^-?\d+$/.test(value))) return clip(String(value));
      return format.kind === "money" ? formatMoney({ minor: BigInt(value), currency: currencyOf(side) }, locale) : formatExact(BigInt(value), locale);
    }
    case "number": {
      // Decimals reach the row as text ("25000000.0000"), to keep every digit.
      const n = typeof value === "number" ? value : typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : null;
      return n === null ? clip(String(value)) : new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-US", { maximumFractionDigits: 2 }).format(n);
    }
    case "bool":
      return t(value === true ? "auditLabels.yes" : "auditLabels.no");
    case "enum": {
      const key = `${format.messages}.${enumMessageKey(String(value))}`;
      return t.has(key) ? t(key) : clip(String(value));
    }
    case "user":
      return (typeof value === "string" && lookups.users.get(value)) || t("auditLabels.unknownUser");
    case "organization": {
      const found = typeof value === "string" ? lookups.entities.get(entityKey("organization", value)) : undefined;
      return found?.kind === "text" ? (locale === "ko" && found.textKo ? found.textKo : found.text) : t("auditLabels.unnamed");
    }
    case "list":
      return Array.isArray(value) ? clip(value.map(String).join(", ")) : clip(String(value));
    case "text":
      return clip(typeof value === "object" ? JSON.stringify(value) : String(value));
  }
}

function describeChanges(event: AuditEventRow, lookups: AuditLookups, context: Context): AuditChange[] {
  const before = asRecord(event.before);
  const after = asRecord(event.after);
  const label = (field: string) => context.t(`auditLabels.fields.${field}`);
  const changes: AuditChange[] = [];
  for (const [field, format] of Object.entries(fieldsOf(event.entityType))) {
    if (!format) continue;
    const inBefore = before !== null && field in before;
    const inAfter = after !== null && field in after;
    if (inBefore && inAfter) {
      changes.push({ kind: "changed", field, label: label(field), before: formatValue(before[field], format, lookups, context, before), after: formatValue(after[field], format, lookups, context, after) });
    } else if (inBefore || inAfter) {
      // A creation, a deletion, or a detail only one side carries (a step's reason): what was set.
      const value = inAfter ? after[field] : before?.[field];
      if (!isEmpty(value)) changes.push({ kind: "value", field, label: label(field), value: formatValue(value, format, lookups, context, inAfter ? after : before) });
    }
  }
  return changes;
}

function caseTitle(found: { title: string; titleKo: string | null }, locale: Locale) {
  return locale === "ko" && found.titleKo ? found.titleKo : found.title;
}

/** What the row itself recorded about the item's name (its shown text fields only), when the item is not found. */
function recordedName(event: AuditEventRow): string | null {
  const fields = fieldsOf(event.entityType);
  const candidates = ["title", "name", "label", "subjectName", "email", "fileName", "subject"].filter((field) => fields[field]?.kind === "text");
  for (const side of [asRecord(event.after), asRecord(event.before)]) {
    for (const field of candidates) {
      const name = asString(side?.[field]);
      if (name) return name;
    }
  }
  return null;
}

function entityName(event: AuditEventRow, lookups: AuditLookups, { t, locale }: Context): string {
  const after = asRecord(event.after);
  const before = asRecord(event.before);
  const type = event.entityType;
  const id = event.entityId;
  const translated = (namespace: string, code: unknown) => {
    const key = `${namespace}.${enumMessageKey(String(code))}`;
    return t.has(key) ? t(key) : null;
  };
  let name: string | null = null;
  if (type === "user" && id) name = lookups.users.get(id) ?? null;
  else if (type === "case_assignment") name = lookups.users.get(assignedUserId(id) ?? "") ?? null;
  else if (type === "incident" && id) {
    const found = lookups.cases.get(id);
    name = found ? caseTitle(found, locale) : null;
  } else if (type === "clock_rule" && id?.includes(":")) {
    // A rule's entity id is "<jurisdiction code>:<kind>" (lib/jurisdictions/mutations.ts).
    const [code, kind] = id.split(":");
    name = `${code} · ${translated("jurisdictionsAdmin.kinds", kind) ?? kind}`;
  } else if (type === "series_import") name = asString(after?.fileName) ?? t("auditLabels.pastedData");
  else if (type === "transition_proposal") {
    const fromRow = after?.transition ?? before?.transition;
    const found = id ? lookups.entities.get(entityKey(type, id)) : undefined;
    name = translated("workflow.transitions", fromRow ?? (found?.kind === "transition" ? found.transition : null));
  } else if (id) {
    const found = lookups.entities.get(entityKey(type, id));
    if (found?.kind === "text") name = locale === "ko" && found.textKo ? found.textKo : found.text;
    if (found?.kind === "sanction") name = t("auditLabels.sanctionName", { type: translated("workflow.sanctionTypes", found.type) ?? found.type, subject: found.subject });
    if (found?.kind === "publication") name = String(found.number);
  }
  if (!name && type === "publication_version" && typeof after?.number === "number") name = String(after.number);
  return name ?? recordedName(event) ?? t("auditLabels.unnamed");
}

/** Rows written without a user: the system (seed, start-up) and commands run on the server, by label. */
function unattended(label: string): "system" | "serverCommand" | null {
  if (/^system\b/.test(label)) return "system";
  if (/^cli\b/.test(label)) return "serverCommand";
  return null;
}

function actorOf(event: AuditEventRow, lookups: AuditLookups, { t }: Context) {
  const current = event.actorId ? lookups.users.get(event.actorId) : undefined;
  if (current) return { plain: current, inSentence: t("auditLabels.person", { name: current }) };
  if (event.actorId) return { plain: event.actorLabel, inSentence: t("auditLabels.person", { name: event.actorLabel }) };
  const kind = unattended(event.actorLabel);
  if (kind) return { plain: t(`auditLabels.${kind}`), inSentence: t(`auditLabels.${kind}`) };
  // Someone not signed in: the email typed into a failed sign-in.
  return { plain: event.actorLabel, inSentence: event.actorLabel };
}

export function describeAuditEvent(event: AuditEventRow, lookups: AuditLookups, context: Context): AuditEventDescription {
  const { t, locale } = context;
  const actor = actorOf(event, lookups, context);
  const after = asRecord(event.after);
  const state = after?.workflowState;
  const values = {
    actor: actor.inSentence,
    entity: entityName(event, lookups, context),
    detail: state && t.has(`state.${String(state)}`) ? t(`state.${String(state)}`) : "",
  };
  const headline = isAuditAction(event.action)
    ? t(`auditLabels.actions.${event.action}`, values)
    : t("auditLabels.unknownAction", { actor: actor.inSentence, action: event.action });
  const found = event.incidentId ? lookups.cases.get(event.incidentId) : undefined;
  return {
    id: event.id.toString(),
    action: event.action,
    occurredAt: { iso: event.occurredAt.toISOString(), text: formatDateTime(event.occurredAt, locale) },
    actor: actor.plain,
    headline,
    changes: describeChanges(event, lookups, context),
    caseRef: found ? { title: caseTitle(found, locale), slug: found.slug } : null,
    ip: event.ip,
    raw: JSON.stringify({ ...event, id: event.id.toString(), occurredAt: event.occurredAt.toISOString() }, null, 2),
  };
}
