// Sanctions: proposed while the case is reviewed, decided with the case's decision, and changed
// after that only by an appeal outcome, which is a new version linked to the one it replaces.
import { z } from "zod";
import type { WorkflowState } from "@/lib/generated/prisma/enums";
import { id, lineList, optionalCount, optionalText, pastDay, text, version } from "@/lib/validation/fields";
import { APPEAL_OUTCOMES, SANCTION_TYPES } from "@/lib/enums";
import { articleIdList } from "@/lib/legal-articles/schema";


/** Sanctions are proposed from the findings until the decision; after it, only appeals change them. */
export const PROPOSING_STATES: readonly WorkflowState[] = ["findings_issued", "legal_review", "notice_of_intent", "sanction_review"];

const sanctionFields = {
  type: z.enum(SANCTION_TYPES, { error: "Choose a type." }),
  subjectName: text(300),
  proposedAmountKrw: optionalCount,
  legalBasis: lineList({ maxItems: 30, maxLength: 300 }),
  articleIds: articleIdList,
  note: optionalText(5_000),
};

const fineNeedsAmount = <T extends { type: string; proposedAmountKrw: bigint | null }>(value: T, ctx: z.RefinementCtx) => {
  if (value.type === "fine" && value.proposedAmountKrw === null) {
    ctx.addIssue({ code: "custom", path: ["proposedAmountKrw"], message: "A fine needs a proposed amount in KRW." });
  }
};

export const createSanctionSchema = z.object({ incidentId: id, ...sanctionFields }).superRefine(fineNeedsAmount);

export const updateSanctionSchema = z.object({ sanctionId: id, version, ...sanctionFields }).superRefine(fineNeedsAmount);

export const withdrawSanctionSchema = z.object({ sanctionId: id, version, reason: text(2_000) });

export const recordAppealOutcomeSchema = z
  .object({
    sanctionId: id,
    version,
    outcome: z.enum(APPEAL_OUTCOMES, { error: "Choose an outcome." }),
    amountKrw: optionalCount,
    decidedOn: pastDay,
    docRefs: lineList({ maxItems: 50, maxLength: 500 }).refine((items) => items.length > 0, "Give at least one document reference."),
    note: optionalText(5_000),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === "reduced" && value.amountKrw === null) {
      ctx.addIssue({ code: "custom", path: ["amountKrw"], message: "Give the reduced amount." });
    }
  });
