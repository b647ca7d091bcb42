import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { approveProposal, rejectProposal, requestTransition, withdrawProposal } from "./mutations";
import { proposalDecisionSchema, rejectProposalSchema, transitionRequestSchema } from "./schema";

/** Each workflow command with its schema: wrapped as server actions in actions.ts, driven directly by tests. */
export const workflowActions = {
  request: defineAction(transitionRequestSchema, requestTransition),
  approve: defineAction(proposalDecisionSchema, approveProposal),
  reject: defineAction(rejectProposalSchema, rejectProposal),
  withdraw: defineAction(proposalDecisionSchema, withdrawProposal),
};
