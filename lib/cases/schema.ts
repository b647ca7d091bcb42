import { z } from "zod";
import { bool, id, lineList, optionalPastDay, optionalText, pastDay, text, version } from "@/lib/validation/fields";
import { CASE_ORIGINS, DATE_PRECISIONS } from "@/lib/enums";
import { optionalOrganizationRefSchema, organizationRefSchema } from "@/lib/organisations/schema";
import { JURISDICTIONS } from "./jurisdictions";
import { checkSlug } from "./slug";

/** A slug as a person typed it: the rule in slug.ts, its message a key the form translates. */
export const slugField = z
  .string({ error: "validation.slug.format" })
  .trim()
  .superRefine((value, ctx) => {
    const problem = checkSlug(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** What the new-case form and the overview's edit form both hold. */
const caseFields = {
  title: text(300, { min: 3 }),
  titleKo: optionalText(300),
  summary: text(10_000),
  summaryKo: optionalText(10_000),
  slug: slugField,
  conductStart: optionalPastDay,
  conductStartPrecision: z.enum(DATE_PRECISIONS),
  conductEnd: optionalPastDay,
  conductEndPrecision: z.enum(DATE_PRECISIONS),
  jurisdiction: z.enum(JURISDICTIONS, { error: "validation.case.jurisdiction" }),
  legalBasisExamined: lineList({ maxItems: 30, maxLength: 300 }),
};

const periodInOrder = (v: { conductStart: Date | null; conductEnd: Date | null }) => !v.conductStart || !v.conductEnd || v.conductStart <= v.conductEnd;
const periodIssue = { message: "The end comes before the start.", path: ["conductEnd"] };

export const createCaseSchema = z
  .object({
    ...caseFields,
    investigated: organizationRefSchema,
    authority: optionalOrganizationRefSchema,
    origin: z.enum(CASE_ORIGINS, { error: "validation.case.origin" }),
    receivedOn: pastDay,
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
