// The case file's JSON as an import reads it: one schema per table, shaped like the export's rows
// (days and instants as ISO text, counts and amounts as text, lists as arrays). Unknown keys are
// ignored, so a file from an installation with an extra column still reads. Every refusal carries
// a code (`params.code`) that the import form words in the reader's language.
import { z } from "zod";
import { HASH_ALGORITHMS } from "@/lib/data-categories/schema";
import {
  CASE_ORIGINS, CONSENTS, DATE_PRECISIONS, DOCUMENT_LANGUAGES, EVENT_KINDS, FINDING_STATUSES, KEY_HOLDERS, ORGANIZATION_KINDS, ORGANIZATION_SECTORS, PROTECTION_METHODS, PROVENANCES,
  REVERSIBILITY_VERDICTS, SENSITIVITIES, SEVERITIES, SOURCE_KINDS, STATEMENT_WORDINGS,
} from "@/lib/enums";
import { readFormat } from "@/lib/pseudonymization/identifier-format";
import { isStorableText, MAX_COUNT, todayInSeoul } from "@/lib/validation/fields";

const problem = (code: string, extra: Record<string, string | number> = {}) => ({ params: { code, ...extra } });

const text = (max: number, min = 1) =>
  z
    .string()
    .refine(isStorableText, problem("text"))
    .transform((v) => v.trim())
    .pipe(z.string().min(min).max(max));
const optionalText = (max: number) => text(max).nullable().default(null);

/** A reference to another row of the file: any short label (the exporting installation's ids). */
const ref = z.string().min(1).max(100);
const optionalRef = ref.nullable().default(null);

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(T00:00:00(\.000)?Z)?$/;
const day = z.string().transform((value, ctx) => {
  const iso = ISO_DAY.exec(value)?.[1];
  const date = iso ? new Date(`${iso}T00:00:00Z`) : null;
  if (!iso || !date || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) {
    ctx.addIssue({ code: "custom", ...problem("day") });
    return z.NEVER;
  }
  if (iso > todayInSeoul()) {
    ctx.addIssue({ code: "custom", ...problem("dayFuture") });
    return z.NEVER;
  }
  return date;
});
const optionalDay = day.nullable().default(null);

const instant = z.string().transform((value, ctx) => {
  const date = /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: "custom", ...problem("instant") });
    return z.NEVER;
  }
  return date;
});
const optionalInstant = instant.nullable().default(null);

const count = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const digits = typeof value === "number" ? (Number.isSafeInteger(value) ? String(value) : "") : value;
  if (!/^\d{1,13}$/.test(digits) || BigInt(digits) > MAX_COUNT) {
    ctx.addIssue({ code: "custom", ...problem("count") });
    return z.NEVER;
  }
  return BigInt(digits);
});
const optionalCount = count.nullable().default(null);

/** A figure's value, NUMERIC(24,4): kept as text so no digit is lost. */
const decimal = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const raw = String(value);
  if (!/^-?\d{1,20}(\.\d{1,4})?$/.test(raw)) {
    ctx.addIssue({ code: "custom", ...problem("decimal") });
    return z.NEVER;
  }
  return raw;
});

/** A recipient's stake in percent, NUMERIC(5,2): 0 to 100, at most two decimals. */
const percent = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const raw = String(value);
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(raw) || Number(raw) > 100) {
    ctx.addIssue({ code: "custom", ...problem("percent") });
    return z.NEVER;
  }
  return raw;
});

const country = z.string().refine((v) => /^[A-Z]{2}$/.test(v), problem("country")).nullable().default(null);
const precision = z.enum(DATE_PRECISIONS).default("day");

const httpUrl = z
  .string()
  .max(2000)
  .refine((v) => {
    try {
      return ["http:", "https:"].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, problem("url"));

const lines = (maxItems: number, maxLength: number) => z.array(text(maxLength)).max(maxItems).default([]);

const bookkeeping = { createdAt: instant, deletedAt: optionalInstant };
// A row never edited has no updatedAt in the file; the database then stamps the import time.
const edited = { ...bookkeeping, updatedAt: optionalInstant.transform((v) => v ?? undefined) };

const inOrder = (first: Date | null, last: Date | null) => !first || !last || first <= last;

const organizationRow = z.object({
  id: ref,
  slug: z.string().refine((v) => /^[a-z0-9][a-z0-9-]{0,119}$/.test(v), problem("slug")),
  name: text(300),
  nameKo: optionalText(300),
  kind: z.enum(ORGANIZATION_KINDS),
  country,
  description: optionalText(2_000),
  // Files written before organisations had these leave them out.
  sector: z.enum(ORGANIZATION_SECTORS).nullable().default(null),
  registrationNumber: optionalText(100).default(null),
  aliases: lines(50, 300),
  aliasesKo: lines(50, 300),
});

const incidentRow = z
  .object({
    slug: z.string().max(200).nullable().default(null),
    title: text(300, 3),
    titleKo: optionalText(300),
    summary: text(10_000),
    summaryKo: optionalText(10_000),
    investigatedOrgId: ref,
    authorityId: optionalRef,
    discoveredOn: optionalDay,
    origin: z.enum(CASE_ORIGINS).nullable().default(null),
    receivedOn: optionalDay,
    // The shape of a code here; that the installation knows it is checked against its jurisdictions table on import.
    jurisdiction: z.string().refine((v) => /^[A-Z]{2,8}$/.test(v), problem("jurisdiction")).default("KR"),
    conductStart: optionalDay,
    conductStartPrecision: precision,
    conductEnd: optionalDay,
    conductEndPrecision: precision,
    legalBasisExamined: lines(30, 300),
    /** Library citations as codes (format 2); absent in format 1. */
    articles: lines(30, 300),
    isDemo: z.boolean().default(false),
  })
  .refine((v) => inOrder(v.conductStart, v.conductEnd), { path: ["conductEnd"], ...problem("dateOrder") });

const recipientRow = z.object({
  id: ref,
  organizationId: ref,
  relationship: optionalText(500),
  relationshipKo: optionalText(500),
  country,
  stakePercent: percent.nullable().default(null),
  purposeClaimed: optionalText(2_000),
  consent: z.enum(CONSENTS).default("unknown"),
  contractCovered: z.boolean().nullable().default(null),
  contractNote: optionalText(2_000),
  description: optionalText(5_000),
  descriptionKo: optionalText(5_000),
  ...edited,
});

const sourceRow = z.object({
  id: ref,
  title: text(500),
  titleKo: optionalText(500),
  kind: z.enum(SOURCE_KINDS).default("other"),
  publisher: optionalText(300),
  language: z.enum(DOCUMENT_LANGUAGES).nullable().default(null),
  publishedOn: optionalDay,
  publishedPrecision: precision,
  url: httpUrl.nullable().default(null),
  note: optionalText(2_000),
  noteKo: optionalText(2_000),
  ...edited,
});

const figureRow = z.object({
  key: text(100),
  label: text(300),
  labelKo: optionalText(300),
  value: decimal,
  unit: text(50),
  approximate: z.boolean().default(false),
  provenance: z.enum(PROVENANCES),
  organizationId: optionalRef,
  sourceId: optionalRef,
  asOf: optionalDay,
  note: optionalText(2_000),
  noteKo: optionalText(2_000),
  ...edited,
});

const statementRow = z.object({
  organizationId: ref,
  quote: text(5_000),
  quoteKo: optionalText(5_000),
  wording: z.enum(STATEMENT_WORDINGS).default("quotation"),
  context: optionalText(2_000),
  contextKo: optionalText(2_000),
  statedOn: optionalDay,
  statedPrecision: precision,
  sourceId: optionalRef,
  ...edited,
});

const findingRow = z.object({
  title: text(300, 3),
  titleKo: optionalText(300),
  body: text(20_000),
  bodyKo: optionalText(20_000),
  severity: z.enum(SEVERITIES),
  status: z.enum(FINDING_STATUSES).default("draft"),
  statusReason: optionalText(2_000),
  articles: lines(30, 300),
  legalArticles: lines(30, 300),
  evidenceRefs: lines(100, 500),
  sourceId: optionalRef,
  ...edited,
});

const dataCategoryRow = z
  .object({
    name: text(200),
    nameKo: optionalText(200),
    sensitivity: z.enum(SENSITIVITIES),
    consent: z.enum(CONSENTS).default("unknown"),
    purposeClaimed: optionalText(2_000),
    purposeClaimedKo: optionalText(2_000),
    sharedFrom: optionalDay,
    sharedUntil: optionalDay,
    protectionMethod: z.enum(PROTECTION_METHODS).default("unknown"),
    hashAlgorithm: z.enum(HASH_ALGORITHMS).nullable().default(null),
    keyHolder: z.enum(KEY_HOLDERS).default("unknown"),
    keyHandling: optionalText(2_000),
    protectionNote: optionalText(2_000),
    protectionNoteKo: optionalText(2_000),
    identifierFormat: optionalText(200).refine((v) => v === null || readFormat(v).problem === null, problem("identifierFormat")),
    identifierSpace: optionalText(500),
    identifierSpaceSize: optionalCount,
    gpuHashRate: z.number().positive().max(1e15).nullable().default(null),
    reversibility: z.enum(REVERSIBILITY_VERDICTS).default("not_tested"),
    reversibilityNote: optionalText(2_000),
    reversibilityNoteKo: optionalText(2_000),
    ...edited,
  })
  .refine((v) => inOrder(v.sharedFrom, v.sharedUntil), { path: ["sharedUntil"], ...problem("dateOrder") });

const estimateRevisionRow = z.object({
  estimateId: ref,
  estimate: text(200),
  estimateDeletedAt: optionalInstant,
  revision: z.number().int().min(1).max(100_000),
  asOf: day,
  active: optionalCount,
  dormant: optionalCount,
  former: optionalCount,
  unsplit: optionalCount,
  total: count,
  low: optionalCount,
  high: optionalCount,
  provenance: z.enum(PROVENANCES),
  sourceId: optionalRef,
  note: optionalText(2_000),
  createdAt: instant,
});

const timelineRow = z.object({
  occurredOn: day,
  precision,
  kind: z.enum(EVENT_KINDS),
  title: text(300),
  titleKo: optionalText(300),
  description: optionalText(5_000),
  descriptionKo: optionalText(5_000),
  sourceId: optionalRef,
  isPublic: z.boolean().default(false),
  inferenceNote: optionalText(1_000),
  inferenceNoteKo: optionalText(1_000),
  ...edited,
});

const recordsPerDayRow = z.object({
  day,
  records: count,
  provenance: z.enum(PROVENANCES),
});

const table = <T extends z.ZodType>(row: T) => z.array(row).default([]);

/** The tables a new case takes over; the workflow's tables are counted and left out (see import-case-file.ts). */
export const caseFileSchema = z.object({
  incident: incidentRow,
  organizations: z.array(organizationRow),
  recipients: table(recipientRow),
  figures: table(figureRow),
  statements: table(statementRow),
  sources: table(sourceRow),
  findings: table(findingRow),
  data_categories: table(dataCategoryRow),
  estimate_revisions: table(estimateRevisionRow),
  timeline: table(timelineRow),
  records_per_day: table(recordsPerDayRow),
  state_transitions: table(z.unknown()),
  transition_proposals: table(z.unknown()),
  deadlines: table(z.unknown()),
  sanctions: table(z.unknown()),
  // Evidence records without their bytes (a case.json carries none): counted and left out.
  evidence_files: table(z.unknown()),
  evidence_links: table(z.unknown()),
});

export type CaseFileData = z.output<typeof caseFileSchema>;
