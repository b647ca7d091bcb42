// An estimate revision's total is the sum of its parts (active, dormant, former, and the people
// known to be affected but not split by status); bounds, when given, must bracket it.
export interface RevisionParts {
  active: bigint | null;
  dormant: bigint | null;
  former: bigint | null;
  unsplit: bigint | null;
  low: bigint | null;
  high: bigint | null;
}

export function revisionTotal(parts: Pick<RevisionParts, "active" | "dormant" | "former" | "unsplit">): bigint | null {
  const present = [parts.active, parts.dormant, parts.former, parts.unsplit].filter((v): v is bigint => v !== null);
  return present.length === 0 ? null : present.reduce((sum, v) => sum + v, 0n);
}

/** Problems with a revision's figures, keyed by field, for the form. */
export function revisionProblems(parts: RevisionParts): Record<string, string> {
  const problems: Record<string, string> = {};
  const total = revisionTotal(parts);
  if (total === null) problems.active = "Give at least one count: active, dormant, former or not split.";
  if (total !== null && parts.low !== null && parts.low > total) problems.low = "The low bound is above the total.";
  if (total !== null && parts.high !== null && parts.high < total) problems.high = "The high bound is below the total.";
  if (parts.low !== null && parts.high !== null && parts.low > parts.high) problems.high = "The high bound is below the low bound.";
  return problems;
}
