import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { createSanction, recordAppealOutcome, updateSanction, withdrawSanction } from "./mutations";
import { createSanctionSchema, recordAppealOutcomeSchema, updateSanctionSchema, withdrawSanctionSchema } from "./schema";

/** Each sanction mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const sanctionActions = {
  create: defineAction(createSanctionSchema, createSanction),
  update: defineAction(updateSanctionSchema, updateSanction),
  withdraw: defineAction(withdrawSanctionSchema, withdrawSanction),
  recordAppealOutcome: defineAction(recordAppealOutcomeSchema, recordAppealOutcome),
};
