// Picks a case's headline figures from what is recorded, keeping each figure's provenance.
// Pure: the read functions load the rows, this decides what the header shows.
import type { Provenance } from "@/lib/generated/prisma/enums";

export interface SourcedFigure {
  value: number;
  provenance: Provenance;
  approximate: boolean;
  asOf: Date | null;
  source: string | null;
}

export interface PeopleSplit {
  active: number | null;
  dormant: number | null;
  former: number | null;
  unsplit: number | null;
}

/** Weakest first: a sum that includes modelled days is itself modelled. */
const STRENGTH: Provenance[] = ["modelled", "estimated", "reported", "verified"];

export function weakestProvenance(values: Provenance[]): Provenance | null {
  if (values.length === 0) return null;
  return values.reduce((weakest, p) => (STRENGTH.indexOf(p) < STRENGTH.indexOf(weakest) ? p : weakest));
}

export interface RecordsInput {
  /** A stated cumulative total, if the case has one (e.g. found by the inspection). */
  statedTotal: SourcedFigure | null;
  /** The daily series: its sum, provenances present, and last day. */
  series: { sum: number; provenances: Provenance[]; lastDay: Date | null } | null;
}

/** The stated total wins over the sum of a series, which may be incomplete or modelled. */
export function recordsHeadline({ statedTotal, series }: RecordsInput): SourcedFigure | null {
  if (statedTotal) return statedTotal;
  if (!series || series.provenances.length === 0) return null;
  return {
    value: series.sum,
    provenance: weakestProvenance(series.provenances) ?? "modelled",
    approximate: false,
    asOf: series.lastDay,
    source: null,
  };
}

/** Converts a BIGINT count to a number, refusing values JavaScript cannot hold exactly. */
export function countToNumber(value: bigint | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`Count ${value} is too large to display exactly.`);
  return Number(value);
}
