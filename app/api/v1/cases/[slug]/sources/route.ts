import { caseItemWrite } from "@/lib/api/case-writes";
import { sourceActions } from "@/lib/sources/mutations";

// POST /api/v1/cases/<slug>/sources: the sources form's own definition.
export const POST = caseItemWrite({ definition: sourceActions.create, summary: "Add a source" });
