import { z } from "zod";
import { PROVENANCES } from "@/lib/enums";
import { citedSourceId } from "@/lib/sources/schema";
import { bool, id, optionalPastDay, optionalText, text, version } from "@/lib/validation/fields";
import { FIGURE_UNITS } from "./units";

/**
 * A figure's value as the database keeps it (NUMERIC(24,4)): zero or more, up to four decimals,
 * typed with or without thousands separators ("81,000,000", "32.5"). Kept as text so no digit is
 * lost on the way to the database.
 */
const figureValue = z
  .union([z.string(), z.number()], { error: "Enter a number." })
  .transform((value, ctx) => {
    const raw = String(value).trim().replace(/[,\s_]/g, "");
    if (!/^\d{1,20}(\.\d{1,4})?$/.test(raw)) {
      ctx.addIssue({ code: "custom", message: raw.startsWith("-") ? "Key figures cannot be negative." : "Enter a number such as 25000000 or 32.5 (at most four decimals)." });
      return z.NEVER;
    }
    return raw;
  });

/** A stand-alone figure the case states (monthly users, merchants, a stake): what it counts, its value, where it comes from. */
const figureFields = {
  label: text(200),
  labelKo: optionalText(200),
  value: figureValue,
  unit: z.enum(FIGURE_UNITS, { error: "Choose what the figure counts." }),
  approximate: bool,
  provenance: z.enum(PROVENANCES, { error: "Say where the figure comes from." }),
  asOf: optionalPastDay,
  sourceId: citedSourceId,
  note: optionalText(2_000),
  noteKo: optionalText(2_000),
};

/** A new figure may be the case's total of records shared (the headline figure), which counts records. */
export const createFigureSchema = z.object({ incidentId: id, ...figureFields, recordsTotal: bool.optional().default(false) }).refine((f) => !f.recordsTotal || f.unit === "records", {
  path: ["unit"],
  message: "validation.figure.recordsTotalUnit",
});
export const updateFigureSchema = z.object({ figureId: id, version, ...figureFields });
export const figureRefSchema = z.object({ figureId: id, version });
