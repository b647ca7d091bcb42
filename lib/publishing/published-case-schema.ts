// The published document (GET /cases/<slug>.json) as a zod schema: the JSON Schema served at
// /schemas/published-case.json is derived from it (z.toJSONSchema, Draft 2020-12), and the tests
// parse every snapshot buildSnapshot makes with it, so the schema cannot drift from the document.
// Objects are strict: a field the snapshot gains must be described here first. Fields marked
// optional are absent from versions published before they existed.
import { z } from "zod";
import { CONSENTS, DATE_PRECISIONS, DOCUMENT_LANGUAGES, EVENT_KINDS, ORGANIZATION_SECTORS, PROTECTION_METHODS, PROVENANCES, REVERSIBILITY_VERDICTS, SANCTION_TYPES, SOURCE_KINDS, STATEMENT_WORDINGS, WORKFLOW_STATES } from "@/lib/enums";
import { PUBLIC_STAGES } from "./public-stage";

const day = z.iso.date().describe("A calendar day, YYYY-MM-DD (Korean time where it is the day of an instant)");
const optionalText = z.string().nullable();
/** Korean (or newer) text: absent in versions published before it existed. */
const later = <T extends z.ZodType>(schema: T) => schema.optional();
const amount = z.string().regex(/^\d+(\.\d+)?$/).describe("A plain decimal amount in major units of its currency, every digit kept (no float)");
const precision = z.enum(DATE_PRECISIONS);
const provenance = z.enum(PROVENANCES).describe("How the value is known: reported by the company, verified by the inspectors, estimated, or modelled");

const organisation = z.strictObject({
  name: z.string(),
  nameKo: optionalText,
  slug: later(z.string()).describe("Its address in Casefile: /<locale>/organisations/<slug>"),
  sector: later(z.enum(ORGANIZATION_SECTORS).nullable()),
  country: later(z.string().nullable()).describe("ISO 3166-1 alpha-2"),
});

const article = z.strictObject({
  lawCode: z.string(),
  lawName: z.string(),
  lawNameKo: optionalText,
  number: z.string().describe('The article as cited, e.g. "17(1)" or "34-2"'),
  title: optionalText,
  titleKo: optionalText,
  url: optionalText,
});

const figure = z.strictObject({ value: z.number(), provenance, approximate: z.boolean(), asOf: day.nullable(), source: optionalText });
const count = z.number().int().nonnegative().nullable();

const snapshot = z.strictObject({
  schema: z.literal(1),
  slug: z.string(),
  title: z.string(),
  titleKo: optionalText,
  summary: z.string(),
  summaryKo: optionalText,
  isDemo: z.boolean().describe("Demonstration data, not a real case"),
  stage: later(z.enum(PUBLIC_STAGES).nullable()).describe("The case's progress in plain words; null when not published, absent in the first versions"),
  state: later(z.enum(WORKFLOW_STATES).nullable()).describe("Only in the first versions, before stage: the internal workflow state"),
  investigated: organisation,
  authority: organisation.nullable(),
  recipients: z.array(
    organisation.extend({
      id: z.string(),
      relationship: optionalText,
      relationshipKo: later(optionalText),
      description: later(optionalText),
      descriptionKo: later(optionalText),
    }),
  ),
  milestones: later(z.strictObject({ findingsOn: day.nullable(), decidedOn: day.nullable() }).nullable()),
  period: z.strictObject({ start: day.nullable(), startPrecision: precision, end: day.nullable(), endPrecision: precision }),
  headline: z.strictObject({
    people: figure.extend({ split: z.strictObject({ active: count, dormant: count, former: count, unsplit: count }) }).nullable(),
    records: figure.nullable(),
  }),
  figures: z.array(
    z.strictObject({
      key: z.string(),
      label: z.string(),
      labelKo: optionalText,
      value: z.number(),
      unit: optionalText,
      approximate: z.boolean(),
      provenance,
      asOf: day.nullable(),
      note: optionalText,
      noteKo: later(optionalText),
      source: optionalText,
      sourceKo: later(optionalText),
    }),
  ),
  dataCategories: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      nameKo: optionalText,
      consent: z.enum(CONSENTS),
      purposeClaimed: optionalText,
      purposeClaimedKo: later(optionalText),
      protectionMethod: z.enum(PROTECTION_METHODS),
      reversibility: z.enum(REVERSIBILITY_VERDICTS),
      reversibilityNote: optionalText,
      reversibilityNoteKo: later(optionalText),
    }),
  ),
  timeline: z.array(
    z.strictObject({
      id: z.string(),
      occurredOn: day,
      precision,
      kind: z.enum(EVENT_KINDS),
      title: z.string(),
      titleKo: optionalText,
      description: optionalText,
      descriptionKo: later(optionalText),
      inferenceNote: optionalText,
      inferenceNoteKo: later(optionalText),
    }),
  ),
  findings: z.array(z.strictObject({ id: z.string(), title: z.string(), titleKo: later(optionalText), body: z.string(), bodyKo: later(optionalText), articles: later(z.array(article)) })),
  statements: z.array(
    z.strictObject({
      id: z.string(),
      organization: z.strictObject({ name: z.string(), nameKo: optionalText }).nullable(),
      quote: z.string(),
      quoteKo: optionalText,
      wording: later(z.enum(STATEMENT_WORDINGS)),
      statedOn: later(day.nullable()),
      statedPrecision: later(precision),
      context: optionalText,
      contextKo: later(optionalText),
      source: later(optionalText),
      sourceKo: later(optionalText),
    }),
  ),
  sanctions: z.array(
    z.strictObject({
      id: z.string(),
      type: z.enum(SANCTION_TYPES),
      subjectName: z.string(),
      amountKrw: later(amount.nullable()).describe("Won: the only amount of versions published before currencies; later ones keep it for KRW sanctions"),
      amount: later(amount.nullable()).describe("The amount that stands, in currency (after an appeal, the final amount)"),
      currency: later(z.string().regex(/^[A-Z]{3}$/)).describe("ISO 4217"),
      decisionDate: day.nullable(),
      appealOutcome: optionalText.describe("upheld, reduced or annulled once an appeal is decided"),
      amountBeforeAppeal: later(amount.nullable()),
      appealDecidedOn: later(day.nullable()),
      subject: later(organisation.nullable()),
      articles: later(z.array(article)),
    }),
  ),
  sources: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      titleKo: later(optionalText),
      kind: later(z.enum(SOURCE_KINDS)),
      publisher: later(optionalText),
      language: later(z.enum(DOCUMENT_LANGUAGES).nullable()),
      publishedOn: later(day.nullable()),
      publishedPrecision: later(precision),
      url: optionalText,
      note: optionalText,
      noteKo: later(optionalText),
    }),
  ),
  series: z.strictObject({
    days: z.number().int().nonnegative(),
    provenance: provenance.nullable(),
    months: later(z.array(z.strictObject({ month: day.describe("The month's first day"), records: z.number().nonnegative(), days: z.number().int().nonnegative(), provenance }))),
  }),
});

export const publishedDocumentSchema = z
  .strictObject({
    version: z.number().int().positive().describe("The version number of this publication"),
    publishedAt: z.iso.datetime().describe("When this version was published (UTC)"),
    history: z.array(
      z.strictObject({
        number: z.number().int().positive(),
        publishedAt: z.iso.datetime(),
        correctionNote: optionalText,
        corrections: z.array(z.strictObject({ figure: z.enum(["people", "records"]), previous: z.number(), current: z.number() })),
      }),
    ),
    case: snapshot,
  })
  .meta({ title: "Casefile published case", description: "A published case summary with its version history, as GET /cases/<slug>.json serves it." });

/** The path the schema is served at; documents do not name it, so it can move without a new version. */
export const PUBLISHED_CASE_SCHEMA_PATH = "/schemas/published-case.json";

/** The JSON Schema (Draft 2020-12) of the published document. */
export function publishedCaseJsonSchema(origin: string): Record<string, unknown> {
  return { ...z.toJSONSchema(publishedDocumentSchema, { target: "draft-2020-12" }), $id: `${origin}${PUBLISHED_CASE_SCHEMA_PATH}` };
}
