import { z } from "zod";
import { bool, cleanString, id, lineList, optionalPastDay, optionalText, pastDay, version } from "@/lib/validation/fields";
import { CASE_ORIGINS, DATE_PRECISIONS } from "@/lib/enums";
import { optionalOrganizationRefSchema, organizationRefSchema } from "@/lib/organisations/schema";
import { checkSlug } from "./slug";
import { articleIdList } from "@/lib/legal-articles/schema";

/** A slug as a person typed it: the rule in slug.ts, its message a key the form translates. */
const slugField = z
  .string({ error: "validation.slug.format" })
  .trim()
  .superRefine((value, ctx) => {
    const problem = checkSlug(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** A text the case needs, whose messages are keys (validation.case.*) so both languages read them. */
const caseText = (options: { min: number; max: number; short: string; long: string }) =>
  z.string({ error: options.short }).trim().min(options.min, options.short).max(options.max, options.long).pipe(cleanString);

/** What the new-case form and the overview's edit form both hold. */
const caseFields = {
  title: caseText({ min: 3, max: 300, short: "validation.case.titleShort", long: "validation.case.titleLong" }),
  titleKo: optionalText(300),
  summary: caseText({ min: 1, max: 10_000, short: "validation.case.summaryEmpty", long: "validation.case.summaryLong" }),
  summaryKo: optionalText(10_000),
  slug: slugField,
  conductStart: optionalPastDay,
  conductStartPrecision: z.enum(DATE_PRECISIONS),
  conductEnd: optionalPastDay,
  conductEndPrecision: z.enum(DATE_PRECISIONS),
  // A code from the jurisdictions table; the server checks that it is there (requireJurisdiction).
  jurisdiction: z.string({ error: "validation.case.jurisdiction" }).trim().regex(/^[A-Z]{2,8}$/, "validation.case.jurisdiction"),
  legalBasisExamined: lineList({ maxItems: 30, maxLength: 300 }),
  /** The legal bases picked from the library; `legalBasisExamined` keeps those that are not in it. */
  articleIds: articleIdList,
};

const periodInOrder = (v: { conductStart: Date | null; conductEnd: Date | null }) => !v.conductStart || !v.conductEnd || v.conductStart <= v.conductEnd;
const periodIssue = { message: "The end comes before the start.", path: ["conductEnd"] };

export const createCaseSchema = z
  .object({
    ...caseFields,
    investigated: organizationRefSchema,
    authority: optionalOrganizationRefSchema,
    origin: z.enum(CASE_ORIGINS, { error: "validation.case.origin" }),
    // Empty: the case's own message, in the page's language; otherwise the day rule.
    receivedOn: z
      .unknown()
      .refine((v) => typeof v === "string" && v.trim() !== "", "validation.case.received")
      .pipe(pastDay),
    officerIds: z.array(id).max(50, "Assign at most 50 officers.").default([]),
    /** The regulator has seen the possible duplicates and says this is a new case. */
    confirmedNew: bool,
  })
  .refine(periodInOrder, periodIssue);
export type CreateCaseFormInput = z.input<typeof createCaseSchema>;
export type CreateCaseInput = z.output<typeof createCaseSchema>;

export const updateCaseSchema = z
  .object({
    incidentId: id,
    version,
    ...caseFields,
    // Absent from older callers: then the case keeps what it has.
    slug: slugField.optional(),
    jurisdiction: caseFields.jurisdiction.optional(),
    investigated: organizationRefSchema.optional(),
    authority: optionalOrganizationRefSchema.optional(),
    discoveredOn: optionalPastDay,
    origin: z.preprocess((v) => (v === "" ? null : v), z.enum(CASE_ORIGINS, { error: "validation.case.origin" }).nullable().optional()),
    receivedOn: optionalPastDay.optional(),
  })
  .refine(periodInOrder, periodIssue);
export type UpdateCaseFormInput = z.input<typeof updateCaseSchema>;

export const caseRefSchema = z.object({ incidentId: id, version });

/** The possible-duplicates check, as the new-case form asks it while it is filled in. */
export const duplicateCheckSchema = z.object({
  title: z.string().trim().max(300).default(""),
  titleKo: z.string().trim().max(300).default(""),
  org: z.union([id, z.literal("")]).default(""),
  start: z.union([z.iso.date(), z.literal("")]).default(""),
  startPrecision: z.enum(DATE_PRECISIONS).default("day"),
  end: z.union([z.iso.date(), z.literal("")]).default(""),
  endPrecision: z.enum(DATE_PRECISIONS).default("day"),
});
export type DuplicateCheck = z.output<typeof duplicateCheckSchema>;
