import { z } from "zod";
import { id, optionalCount, optionalText, pastDay, text, version } from "@/lib/validation/fields";
import { revisionProblems } from "./revision";
import { PROVENANCES } from "@/lib/enums";
import { citedSourceId } from "@/lib/sources/schema";


const revisionFields = {
  asOf: pastDay,
  active: optionalCount,
  dormant: optionalCount,
  former: optionalCount,
  unsplit: optionalCount,
  low: optionalCount,
  high: optionalCount,
  provenance: z.enum(PROVENANCES, { error: "Say where the figure comes from." }),
  sourceId: citedSourceId,
  note: optionalText(2_000),
};

function checkFigures(value: z.output<z.ZodObject<typeof revisionFields>>, ctx: z.RefinementCtx) {
  for (const [path, message] of Object.entries(revisionProblems(value))) ctx.addIssue({ code: "custom", path: [path], message });
}

export const createEstimateSchema = z.object({ incidentId: id, label: text(200), ...revisionFields }).superRefine(checkFigures);
export const reviseEstimateSchema = z.object({ estimateId: id, version, ...revisionFields }).superRefine(checkFigures);
export const estimateRefSchema = z.object({ estimateId: id, version });
