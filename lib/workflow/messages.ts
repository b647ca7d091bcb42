// The server's own words for workflow refusals (the Workflow tab shows translated ones).
import type { Blocker, Precondition, WorkflowState } from "./machine";

export const STATE_LABEL: Readonly<Record<WorkflowState, string>> = {
  reported: "reported",
  under_inspection: "under inspection",
  findings_issued: "at findings issued",
  legal_review: "under legal review",
  notice_of_intent: "at notice of intent",
  sanction_review: "under committee review",
  sanction_decided: "decided",
  appealed: "under appeal",
  closed: "closed",
  dismissed: "dismissed",
};

const PRECONDITION_TEXT: Readonly<Record<Precondition, string>> = {
  confirmedFinding: "Needs at least one confirmed finding.",
  proposedSanction: "Needs at least one proposed sanction.",
  appealOutcomesRecorded: "Needs the appeal outcome of every decided sanction.",
};

export function blockerMessage(blocker: Blocker): string {
  switch (blocker.code) {
    case "wrongState":
      return `Not possible while the case is ${STATE_LABEL[blocker.state]}.`;
    case "notAllowed":
      return "You are not allowed to do this.";
    case "proposalPending":
      return "Another step is waiting for approval.";
    case "precondition":
      return PRECONDITION_TEXT[blocker.precondition];
  }
}
