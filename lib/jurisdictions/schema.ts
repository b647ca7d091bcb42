// The rules for jurisdictions and their clock rules, shared by the admin forms and the server.
// Messages that the form shows beside a field are validation.clockRule.* keys (both languages).
import { z } from "zod";
import { CLOCK_UNITS } from "@/lib/enums";
import { cleanString, id, version } from "@/lib/validation/fields";
import { validationKey } from "@/lib/validation/message-key";
import { isTimeZone } from "./clock-rules";

const key = (name: string) => validationKey(`clockRule.${name}`);

/** A whole number of days or hours, 1 or more; empty means "not set" (null). */
const ruleLength = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? v.trim() : v),
  z
    .union([z.string().regex(/^\d+$/, key("length")).transform(Number), z.number()], { error: key("length") })
    .pipe(z.number().int(key("length")).min(1, key("length")).max(100_000, key("length")))
    .nullable(),
);

const reference = cleanString.trim().max(500, "Keep this under 500 characters.");

export const updateClockRuleSchema = z.object({
  ruleId: id,
  length: ruleLength,
  unit: z.enum(CLOCK_UNITS, { error: key("unit") }),
  legalReference: reference.default(""),
  legalReferenceKo: reference.default(""),
  version,
});
export type UpdateClockRuleInput = z.infer<typeof updateClockRuleSchema>;

export const createJurisdictionSchema = z.object({
  code: z.string({ error: key("code") }).trim().regex(/^[A-Z]{2,8}$/, key("code")),
  name: cleanString.trim().min(1, key("name")).max(120, "Keep the name under 120 characters."),
  nameKo: cleanString.trim().min(1, key("name")).max(120, "Keep the name under 120 characters."),
  timeZone: z.string({ error: key("timeZone") }).trim().max(64, key("timeZone")).refine(isTimeZone, key("timeZone")),
});
export type CreateJurisdictionInput = z.infer<typeof createJurisdictionSchema>;
