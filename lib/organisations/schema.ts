// An organisation as a form names it: one that exists (picked from a search), or a new one typed
// inline (name in both languages, kind, country, sector), created in the same transaction as the case or
// recipient that names it. Shared by the forms and the server.
import { z } from "zod";
import { ORGANIZATION_KINDS, ORGANIZATION_SECTORS } from "@/lib/enums";
import { id, lineList, optionalText, text, version } from "@/lib/validation/fields";
import { isCountryCode } from "./countries";

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value ?? null);

/** An ISO 3166-1 alpha-2 code, or nothing. */
export const optionalCountry = z.preprocess(
  blankToNull,
  z.string().trim().toUpperCase().refine(isCountryCode, "validation.organization.country").nullable(),
);

const newOrganizationFields = {
  name: text(300),
  nameKo: optionalText(300),
  kind: z.enum(ORGANIZATION_KINDS),
  country: optionalCountry,
  // Optional: a sector may be classified later, on the organisation's page.
  sector: z.preprocess(blankToNull, z.enum(ORGANIZATION_SECTORS, { error: "validation.organization.sector" }).nullable()),
};

export const organizationRefSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("existing"), id: z.string().min(1, "validation.organization.choose").pipe(id) }),
  z.object({ mode: z.literal("new"), ...newOrganizationFields }),
]);
export type OrganizationRef = z.output<typeof organizationRefSchema>;

/** A picker that may be left empty (a case's authority). */
export const optionalOrganizationRefSchema = z.preprocess((v) => (v === "" || v === undefined ? null : v), organizationRefSchema.nullable());

export const organizationSearchSchema = z.object({
  q: z.string().trim().max(100).default(""),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});

/** An organisation's own record, as its edit form sends it. Aliases are one per line. */
export const updateOrganizationSchema = z.object({
  organizationId: id,
  version,
  name: text(300),
  nameKo: optionalText(300),
  kind: z.enum(ORGANIZATION_KINDS),
  country: optionalCountry,
  sector: z.preprocess(blankToNull, z.enum(ORGANIZATION_SECTORS, { error: "validation.organization.sector" }).nullable()),
  registrationNumber: optionalText(100),
  aliases: lineList({ maxItems: 50, maxLength: 300 }),
  aliasesKo: lineList({ maxItems: 50, maxLength: 300 }),
});
export type UpdateOrganizationInput = z.output<typeof updateOrganizationSchema>;

/** A merge: the duplicate goes, the survivor stays. `preview` only counts what would move. */
export const mergeOrganizationsSchema = z.object({
  duplicateId: z.string().min(1, "validation.organization.choose").pipe(id),
  survivorId: z.string().min(1, "validation.organization.choose").pipe(id),
});

/** The merge to undo, named by its audit row (organization.merged). */
export const undoMergeSchema = z.object({ auditId: z.string().regex(/^[1-9][0-9]{0,17}$/, "Malformed identifier.") });

export const organizationListSchema = z.object({
  q: z.string().trim().max(100).default(""),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
