// Every write the driver sends, with its unique marker and how the server answered, so the
// nothing-lost check can compare the database with what was acknowledged.

export type WriteKind = "finding.create" | "finding.update" | "estimate.revise" | "workflow.take" | "workflow.propose" | "workflow.decide";

/**
 * acknowledged: 2xx and `{ ok: true }`. conflict / refused: a correct "no" (stale version, wrong
 * state, not allowed); nothing may be stored. failed: 5xx, `unexpected`, or no answer; the write
 * may or may not have committed, but never half.
 */
export type WriteStatus = "acknowledged" | "conflict" | "refused" | "failed";

export interface WriteRecord {
  marker: string;
  kind: WriteKind;
  status: WriteStatus;
  /** The finding, estimate, case or proposal the write targets (for a creation: once known). */
  entityId: string | null;
  /** For acknowledged finding edits: the version the server said it saved. */
  version?: number;
}

export class Ledger {
  readonly writes: WriteRecord[] = [];
  private seq = 0;
  constructor(readonly runId: string) {}

  marker(): string {
    this.seq += 1;
    return `LOAD-${this.runId}-${this.seq}`;
  }

  add(record: WriteRecord): void {
    this.writes.push(record);
  }

  summary() {
    const out: Record<string, Record<WriteStatus, number>> = {};
    for (const w of this.writes) {
      out[w.kind] ??= { acknowledged: 0, conflict: 0, refused: 0, failed: 0 };
      out[w.kind]![w.status] += 1;
    }
    return out;
  }
}

export const MARKER_PATTERN = /LOAD-[a-z0-9]+-\d+/g;
