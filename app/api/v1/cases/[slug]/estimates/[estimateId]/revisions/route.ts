import { caseItemWrite } from "@/lib/api/case-writes";
import { estimateBelongsToCase } from "@/lib/api/case-items";
import { estimateActions } from "@/lib/estimates/mutations";

// POST /api/v1/cases/<slug>/estimates/<estimateId>/revisions with If-Match: "<version>": revises
// the estimate from the version the client read (412 with the current version when stale).
export const POST = caseItemWrite({
  definition: estimateActions.revise,
  item: { param: "estimateId", field: "estimateId", belongs: estimateBelongsToCase },
  versioned: true,
  summary: "Revise an estimate (If-Match: the version read)",
});
