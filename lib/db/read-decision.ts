// The read replica's rule, with no I/O (lib/db/read-routing.ts feeds it what its probe saw): a
// read-only query goes to the replica only while the replica is known to answer, has replayed
// every position it must have (a takedown's commit; the reader's own last write), and lags the
// primary by no more than the bound. Anything unknown sends the read to the primary.

/** What the last probe of the replica saw; `at` is when it was taken (ms since the epoch). */
export type ReplicaProbe = { ok: true; at: number; replayLsn: bigint; lagMs: number } | { ok: false; at: number; error: string };

/** The primary's WAL position (`pg_current_wal_lsn()`) at a moment. */
export interface PrimarySample {
  at: number;
  lsn: bigint;
}

export type ReadReason = "no_replica" | "unknown" | "down" | "behind_barrier" | "behind_write" | "lagging" | "ok";

export interface ReadDecision {
  target: "primary" | "replica";
  reason: ReadReason;
}

export interface ReadState {
  configured: boolean;
  probe: ReplicaProbe | null;
  now: number;
  /** A probe older than this is no evidence: the probe itself may be stuck. */
  staleAfterMs: number;
  maxLagMs: number;
  /** The highest position given to requireReplicaAt (0n: none). */
  requiredLsn: bigint;
  /** This reader's own last write, when it must see it. */
  atLeast?: bigint;
}

const primary = (reason: ReadReason): ReadDecision => ({ target: "primary", reason });

export function decideRead(state: ReadState): ReadDecision {
  if (!state.configured) return primary("no_replica");
  const { probe } = state;
  if (!probe || state.now - probe.at > state.staleAfterMs) return primary("unknown");
  if (!probe.ok) return primary("down");
  if (probe.replayLsn < state.requiredLsn) return primary("behind_barrier");
  if (state.atLeast !== undefined && probe.replayLsn < state.atLeast) return primary("behind_write");
  if (probe.lagMs > state.maxLagMs) return primary("lagging");
  return { target: "replica", reason: "ok" };
}

const HALF = /^[0-9A-Fa-f]{1,8}$/;

/**
 * A pg_lsn as PostgreSQL prints it ("16/B374D848": the high and low 32 bits in hex) as one
 * number; null for anything else. Compared as text, "9/0" would sort after "10/0".
 */
export function parseLsn(text: string): bigint | null {
  const parts = text.split("/");
  if (parts.length !== 2 || !parts.every((part) => HALF.test(part))) return null;
  return (BigInt(`0x${parts[0]}`) << 32n) + BigInt(`0x${parts[1]}`);
}

/**
 * Adds a sample of the primary's position. One entry per position, stamped with the latest time
 * the primary was seen there (the replica that replayed it was current at least until then);
 * entries older than `windowMs` go, except the newest of them, which still bounds the lag of a
 * replica that is behind everything kept.
 */
export function recordPrimarySample(history: readonly PrimarySample[], sample: PrimarySample, windowMs: number): PrimarySample[] {
  const last = history.at(-1);
  const next = last && last.lsn === sample.lsn ? [...history.slice(0, -1), sample] : [...history, sample];
  const firstInside = next.findIndex((entry) => entry.at >= sample.at - windowMs);
  return next.slice(Math.max(0, firstInside - 1));
}

/**
 * How long ago the primary was last seen at a position the replica has replayed: 0 when the
 * replica holds the newest sample (an idle primary writes nothing, and nothing is missing), the
 * whole history when it is behind all of it, infinite with no sample at all.
 */
export function lagOf(history: readonly PrimarySample[], replayLsn: bigint, now: number): number {
  const newest = history.at(-1);
  if (!newest) return Number.POSITIVE_INFINITY;
  if (replayLsn >= newest.lsn) return 0;
  for (let i = history.length - 1; i >= 0; i--) {
    const sample = history[i]!;
    if (sample.lsn <= replayLsn) return now - sample.at;
  }
  return now - history[0]!.at;
}
