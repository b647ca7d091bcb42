import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { changeFindingStatus, createFinding, deleteFinding, restoreFinding, updateFinding } from "./mutations";
import { changeFindingStatusSchema, createFindingSchema, findingRefSchema, updateFindingSchema } from "./schema";

/** Each finding mutation with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const findingActions = {
  create: defineAction(createFindingSchema, createFinding),
  update: defineAction(updateFindingSchema, updateFinding),
  changeStatus: defineAction(changeFindingStatusSchema, changeFindingStatus),
  delete: defineAction(findingRefSchema, deleteFinding),
  restore: defineAction(findingRefSchema, restoreFinding),
};
