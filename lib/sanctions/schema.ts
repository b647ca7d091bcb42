// Sanctions: proposed while the case is reviewed, decided with the case's decision, and changed
// after that only by an appeal outcome, which is a new version linked to the one it replaces.
import { z } from "zod";
import type { WorkflowState } from "@/lib/generated/prisma/enums";
import { id, lineList, optionalText, pastDay, text, version } from "@/lib/validation/fields";
import { amountText, currencyCode, readAmount } from "@/lib/money/schema";
import { APPEAL_OUTCOMES, SANCTION_TYPES } from "@/lib/enums";
import { articleIdList } from "@/lib/legal-articles/schema";


/** Sanctions are proposed from the findings until the decision; after it, only appeals change them. */
export const PROPOSING_STATES: readonly WorkflowState[] = ["findings_issued", "legal_review", "notice_of_intent", "sanction_review"];

const sanctionFields = {
  type: z.enum(SANCTION_TYPES, { error: "Choose a type." }),
  subjectName: text(300),
  proposedAmount: amountText,
  currency: currencyCode,
  legalBasis: lineList({ maxItems: 30, maxLength: 300 }),
  articleIds: articleIdList,
  note: optionalText(5_000),
};

/** The proposed amount read in the sanction's currency, into the stored minor units; a fine needs one. */
function proposedAmountOf<T extends { type: string; proposedAmount: string | null; currency: string }>({ proposedAmount, ...value }: T, ctx: z.RefinementCtx) {
  const proposedAmountMinor = readAmount(proposedAmount, value.currency, ctx, "proposedAmount");
  if (value.type === "fine" && proposedAmountMinor === null) {
    ctx.addIssue({ code: "custom", path: ["proposedAmount"], message: "A fine needs a proposed amount." });
  }
  return { ...value, proposedAmountMinor: proposedAmountMinor ?? null };
}

export const createSanctionSchema = z.object({ incidentId: id, ...sanctionFields }).transform(proposedAmountOf);

export const updateSanctionSchema = z.object({ sanctionId: id, version, ...sanctionFields }).transform(proposedAmountOf);

export const withdrawSanctionSchema = z.object({ sanctionId: id, version, reason: text(2_000) });

/** A reduced amount is typed with its currency, which must be the sanction's (checked against it on the server). */
export const recordAppealOutcomeSchema = z
  .object({
    sanctionId: id,
    version,
    outcome: z.enum(APPEAL_OUTCOMES, { error: "Choose an outcome." }),
    amount: amountText,
    currency: currencyCode,
    decidedOn: pastDay,
    docRefs: lineList({ maxItems: 50, maxLength: 500 }).refine((items) => items.length > 0, "Give at least one document reference."),
    note: optionalText(5_000),
  })
  .transform(({ amount, ...value }, ctx) => {
    const amountMinor = readAmount(amount, value.currency, ctx, "amount");
    if (value.outcome === "reduced" && amountMinor === null) {
      ctx.addIssue({ code: "custom", path: ["amount"], message: "Give the reduced amount." });
    }
    return { ...value, amountMinor: amountMinor ?? null };
  });
