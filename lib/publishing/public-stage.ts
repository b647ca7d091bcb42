// How the public reads a case's progress: a few careful plain words, never the internal step.
// Nothing before a decision implies guilt, and the internal stages between the findings and the
// decision (legal review, the notice to the company, the committee) are not disclosed.
import type { WorkflowState } from "@/lib/workflow/machine";

export const PUBLIC_STAGES = ["reported", "under_investigation", "findings_issued", "sanctioned", "under_appeal", "closed"] as const;
export type PublicStage = (typeof PUBLIC_STAGES)[number];

const STAGE: Readonly<Record<WorkflowState, PublicStage>> = {
  reported: "reported",
  under_inspection: "under_investigation",
  findings_issued: "findings_issued",
  legal_review: "findings_issued",
  notice_of_intent: "findings_issued",
  sanction_review: "findings_issued",
  sanction_decided: "sanctioned",
  appealed: "under_appeal",
  closed: "closed",
  dismissed: "closed",
};

export function publicStage(state: WorkflowState): PublicStage {
  return STAGE[state];
}
