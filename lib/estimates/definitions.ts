import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { createEstimate, deleteEstimate, restoreEstimate, reviseEstimate } from "./mutations";
import { createEstimateSchema, estimateRefSchema, reviseEstimateSchema } from "./schema";

export const estimateActions = {
  create: defineAction(createEstimateSchema, createEstimate),
  revise: defineAction(reviseEstimateSchema, reviseEstimate),
  delete: defineAction(estimateRefSchema, deleteEstimate),
  restore: defineAction(estimateRefSchema, restoreEstimate),
};
