// What an evidence link can point at, and in which of its columns (the table's CHECK keeps exactly
// one of them set). Pure: the mutations, the reads and the link form share it.
import type { EvidenceTarget } from "./schema";

export const EVIDENCE_TARGET_COLUMN = { finding: "findingId", timeline_event: "timelineEventId", source: "sourceId", statement: "statementId" } as const satisfies Record<EvidenceTarget, string>;

type TargetColumns = { [K in (typeof EVIDENCE_TARGET_COLUMN)[EvidenceTarget]]: string | null };

export const EVIDENCE_TARGETS = Object.keys(EVIDENCE_TARGET_COLUMN) as EvidenceTarget[];

/** The link's four target columns for one target: its id in the target's column, null in the others. */
export function targetColumns(target: EvidenceTarget, targetId: string): TargetColumns {
  return { findingId: null, timelineEventId: null, sourceId: null, statementId: null, [EVIDENCE_TARGET_COLUMN[target]]: targetId };
}

/** What a link points at, read off its columns (null for a row that breaks the CHECK). */
export function linkTargetOf(link: TargetColumns): { target: EvidenceTarget; targetId: string } | null {
  for (const target of EVIDENCE_TARGETS) {
    const targetId = link[EVIDENCE_TARGET_COLUMN[target]];
    if (targetId !== null) return { target, targetId };
  }
  return null;
}
