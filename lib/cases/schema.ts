import { z } from "zod";
import { id, lineList, optionalPastDay, optionalText, text, version } from "@/lib/validation/fields";
import { DATE_PRECISIONS } from "@/lib/enums";


export const updateCaseSchema = z
  .object({
    incidentId: id,
    version,
    title: text(300, { min: 3 }),
    titleKo: optionalText(300),
    summary: text(10_000),
    summaryKo: optionalText(10_000),
    discoveredOn: optionalPastDay,
    conductStart: optionalPastDay,
    conductStartPrecision: z.enum(DATE_PRECISIONS),
    conductEnd: optionalPastDay,
    conductEndPrecision: z.enum(DATE_PRECISIONS),
    legalBasisExamined: lineList({ maxItems: 30, maxLength: 300 }),
  })
  .refine((v) => !v.conductStart || !v.conductEnd || v.conductStart <= v.conductEnd, { message: "The end comes before the start.", path: ["conductEnd"] });
export type UpdateCaseFormInput = z.input<typeof updateCaseSchema>;

export const caseRefSchema = z.object({ incidentId: id, version });

