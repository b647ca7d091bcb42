import { caseItemWrite } from "@/lib/api/case-writes";
import { estimateActions } from "@/lib/estimates/mutations";

// POST /api/v1/cases/<slug>/estimates: a new estimate with its first revision (the form's definition).
export const POST = caseItemWrite({ definition: estimateActions.create, summary: "Add an estimate of people affected, with its first revision" });
