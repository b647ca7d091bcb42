import { z } from "zod";
import { id, lineList, optionalText, text, version } from "@/lib/validation/fields";
import { FINDING_STATUSES, SEVERITIES } from "@/lib/enums";
import { citedSourceId } from "@/lib/sources/schema";
import { articleIdList } from "@/lib/legal-articles/schema";


const findingFields = {
  title: text(300, { min: 3 }),
  titleKo: optionalText(300),
  body: text(20_000),
  bodyKo: optionalText(20_000),
  severity: z.enum(SEVERITIES, { error: "Choose a severity." }),
  /** Picked from the library; `legalArticles` keeps citations that are not in it, as typed. */
  articleIds: articleIdList,
  legalArticles: lineList({ maxItems: 30, maxLength: 300 }),
  evidenceRefs: lineList({ maxItems: 100, maxLength: 500 }),
  sourceId: citedSourceId,
};

export const createFindingSchema = z.object({ incidentId: id, ...findingFields });

export const updateFindingSchema = z.object({ findingId: id, version, ...findingFields });

export const changeFindingStatusSchema = z.object({
  findingId: id,
  version,
  status: z.enum(FINDING_STATUSES, { error: "Choose a status." }),
  reason: text(2_000),
});

export const findingRefSchema = z.object({ findingId: id, version });
