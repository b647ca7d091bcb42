import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { deleteCase, restoreCase, updateCase } from "./mutations";
import { caseRefSchema, updateCaseSchema } from "./schema";

export const caseActions = {
  update: defineAction(updateCaseSchema, updateCase),
  delete: defineAction(caseRefSchema, deleteCase),
  restore: defineAction(caseRefSchema, restoreCase),
};
