// When a new case may be one the authority already has open: it concerns the same organisation,
// its conduct period overlaps, or its title is similar (pg_trgm similarity of either title, in
// either language). The query in find-possible-duplicates.ts selects candidates by the same rule
// in SQL and ranks them; this module says, per candidate, which reasons hold. Pure.
import { periodsOverlap, type ConductPeriod } from "./conduct-period";

/** pg_trgm's default similarity threshold, which the `%` operator (and its index) uses. */
export const SIMILAR_TITLE = 0.3;

export type DuplicateReason = "organization" | "period" | "title";

/** Which reasons make `existing` a possible duplicate of the case being opened (empty: none). */
export function duplicateReasons(
  draft: { organizationId: string | null; period: ConductPeriod },
  existing: { investigatedOrgId: string; titleSimilarity: number; period: ConductPeriod },
): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (draft.organizationId && draft.organizationId === existing.investigatedOrgId) reasons.push("organization");
  if (periodsOverlap(draft.period, existing.period)) reasons.push("period");
  if (existing.titleSimilarity >= SIMILAR_TITLE) reasons.push("title");
  return reasons;
}
