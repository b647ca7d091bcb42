import { caseItemWrite } from "@/lib/api/case-writes";
import { findingActions } from "@/lib/findings/mutations";

// POST /api/v1/cases/<slug>/findings: the findings form's own definition.
export const POST = caseItemWrite({ definition: findingActions.create, summary: "Add a finding" });
