// The life of a finding: drafted, confirmed once established, withdrawn if it does not hold.
// Every change of status needs a reason, recorded with it.
import type { FindingStatus } from "@/lib/generated/prisma/enums";

const NEXT: Record<FindingStatus, readonly FindingStatus[]> = {
  draft: ["confirmed", "withdrawn"],
  confirmed: ["withdrawn"],
  withdrawn: ["draft"],
};

export function allowedStatusChanges(from: FindingStatus): readonly FindingStatus[] {
  return NEXT[from];
}

export function canChangeStatus(from: FindingStatus, to: FindingStatus): boolean {
  return NEXT[from].includes(to);
}
