import { z } from "zod";
import { CONSENTS } from "@/lib/enums";
import { optionalCountry, organizationRefSchema } from "@/lib/organisations/schema";
import { id, optionalText, version } from "@/lib/validation/fields";

const blankToNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);

/** A percentage from 0 to 100 with at most two decimals ("32", "32.5 %"), kept as text for the DECIMAL column. */
const optionalPercent = z.preprocess(
  (v) => blankToNull(typeof v === "string" ? v.trim().replace(/\s*%$/, "") : v),
  z
    .union([z.string(), z.number()], { error: "validation.recipient.stake" })
    .transform((value, ctx) => {
      const text = String(value);
      if (!/^\d{1,3}(\.\d{1,2})?$/.test(text) || Number(text) > 100) {
        ctx.addIssue({ code: "custom", message: "validation.recipient.stake" });
        return z.NEVER;
      }
      return text;
    })
    .nullable(),
);

/** Yes, no, or not known (a select's "yes" / "no" / ""). */
const knownOrNot = z.preprocess((v) => (v === "yes" || v === true ? true : v === "no" || v === false ? false : v === "" || v === undefined || v === null ? null : v), z.boolean().nullable());

const recipientFields = {
  organization: organizationRefSchema,
  country: optionalCountry,
  relationship: optionalText(500),
  relationshipKo: optionalText(500),
  stakePercent: optionalPercent,
  purposeClaimed: optionalText(2_000),
  consent: z.enum(CONSENTS),
  contractCovered: knownOrNot,
  contractNote: optionalText(2_000),
  description: optionalText(5_000),
  descriptionKo: optionalText(5_000),
};

export const createRecipientSchema = z.object({ incidentId: id, ...recipientFields });
export const updateRecipientSchema = z.object({ recipientId: id, version, ...recipientFields });
export const recipientRefSchema = z.object({ recipientId: id, version });
