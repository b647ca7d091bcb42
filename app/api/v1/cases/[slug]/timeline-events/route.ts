import { caseItemWrite } from "@/lib/api/case-writes";
import { timelineActions } from "@/lib/timeline/mutations";

// POST /api/v1/cases/<slug>/timeline-events: the timeline form's own definition.
export const POST = caseItemWrite({ definition: timelineActions.create, summary: "Add a timeline event" });
