import { describe, expect, it } from "vitest";
import { decideRead, lagOf, parseLsn, recordPrimarySample, type PrimarySample, type ReplicaProbe } from "./read-decision";

describe("parseLsn", () => {
  it.each([
    ["0/0", 0n],
    ["0/3000148", 0x3000148n],
    ["1/0", 1n << 32n],
    ["16/B374D848", (0x16n << 32n) + 0xb374d848n],
    ["FFFFFFFF/FFFFFFFF", (1n << 64n) - 1n],
    ["a/ff", (0xan << 32n) + 0xffn],
  ])("%s → %s", (text, value) => {
    expect(parseLsn(text)).toBe(value);
  });

  it.each(["", "0", "0/", "/1", "0/1/2", "g/1", "0x1/2", "1 /2", "100000000/0", "0/100000000", "-1/0"])("refuses %j", (text) => {
    expect(parseLsn(text)).toBeNull();
  });

  it("orders by the high word first, not as text ('9/0' < '10/0', '0/FF' < '1/0')", () => {
    expect(parseLsn("9/0")! < parseLsn("10/0")!).toBe(true);
    expect(parseLsn("0/FF")! < parseLsn("1/0")!).toBe(true);
    expect(parseLsn("0/A")! > parseLsn("0/9")!).toBe(true);
    expect(parseLsn("2/10")).toBe(parseLsn("2/00000010"));
  });
});

describe("lagOf (how far behind the primary the replica's replay is, in time)", () => {
  const samples = (...pairs: [number, bigint][]): PrimarySample[] => pairs.map(([at, lsn]) => ({ at, lsn }));

  it("is 0 when the replica has replayed the primary's newest position (an idle primary is not lag)", () => {
    expect(lagOf(samples([1_000, 10n], [9_000, 10n]), 10n, 9_000)).toBe(0);
  });

  it("is the time since the primary was last seen at or below what the replica has replayed", () => {
    const history = samples([1_000, 10n], [2_000, 20n], [3_000, 30n]);
    expect(lagOf(history, 20n, 3_000)).toBe(1_000);
    expect(lagOf(history, 25n, 3_000)).toBe(1_000);
    expect(lagOf(history, 10n, 3_500)).toBe(2_500);
  });

  it("is at least the whole history when the replica is behind all of it", () => {
    expect(lagOf(samples([1_000, 10n], [2_000, 20n]), 5n, 4_000)).toBe(3_000);
  });

  it("is unknown (infinite) without a sample of the primary", () => {
    expect(lagOf([], 5n, 4_000)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe("recordPrimarySample", () => {
  it("keeps one entry per position, with the latest time it was seen, and forgets what is older than the window", () => {
    let history: PrimarySample[] = [];
    history = recordPrimarySample(history, { at: 0, lsn: 10n }, 5_000);
    history = recordPrimarySample(history, { at: 200, lsn: 10n }, 5_000);
    history = recordPrimarySample(history, { at: 400, lsn: 20n }, 5_000);
    expect(history).toEqual([
      { at: 200, lsn: 10n },
      { at: 400, lsn: 20n },
    ]);
    history = recordPrimarySample(history, { at: 6_000, lsn: 30n }, 5_000);
    // The oldest entry still inside the window stays: it bounds the lag of a replica behind it.
    expect(history).toEqual([
      { at: 400, lsn: 20n },
      { at: 6_000, lsn: 30n },
    ]);
  });
});

describe("decideRead", () => {
  const now = 100_000;
  const fresh = (overrides: Partial<Extract<ReplicaProbe, { ok: true }>> = {}): ReplicaProbe => ({ ok: true, at: now - 100, replayLsn: 500n, lagMs: 0, ...overrides });
  const base = { configured: true, now, maxLagMs: 1_000, staleAfterMs: 1_000, requiredLsn: 0n };

  it("uses the primary when no replica is configured", () => {
    expect(decideRead({ ...base, configured: false, probe: fresh() })).toEqual({ target: "primary", reason: "no_replica" });
  });

  it("uses the primary before the first probe has answered", () => {
    expect(decideRead({ ...base, probe: null })).toEqual({ target: "primary", reason: "unknown" });
  });

  it("uses the primary when the last probe failed", () => {
    expect(decideRead({ ...base, probe: { ok: false, at: now - 10, error: "connect ECONNREFUSED" } })).toEqual({ target: "primary", reason: "down" });
  });

  it("uses the primary when the last probe is older than a few intervals (the probe itself may be stuck)", () => {
    expect(decideRead({ ...base, probe: fresh({ at: now - 1_001 }) })).toEqual({ target: "primary", reason: "unknown" });
    expect(decideRead({ ...base, probe: fresh({ at: now - 1_000 }) }).target).toBe("replica");
  });

  it("uses the primary while the replica has not replayed a position it is required to have (a takedown)", () => {
    expect(decideRead({ ...base, requiredLsn: 501n, probe: fresh() })).toEqual({ target: "primary", reason: "behind_barrier" });
    expect(decideRead({ ...base, requiredLsn: 500n, probe: fresh() }).target).toBe("replica");
  });

  it("uses the primary while the replica has not replayed this reader's own last write", () => {
    expect(decideRead({ ...base, probe: fresh(), atLeast: 600n })).toEqual({ target: "primary", reason: "behind_write" });
    expect(decideRead({ ...base, probe: fresh(), atLeast: 500n }).target).toBe("replica");
  });

  it("uses the primary while the replica lags by more than the bound", () => {
    expect(decideRead({ ...base, probe: fresh({ lagMs: 1_001 }) })).toEqual({ target: "primary", reason: "lagging" });
    expect(decideRead({ ...base, probe: fresh({ lagMs: 1_000 }) }).target).toBe("replica");
  });

  it("uses the replica when it answers, is fresh, has replayed every required position and is within the bound", () => {
    expect(decideRead({ ...base, requiredLsn: 400n, atLeast: 450n, probe: fresh({ lagMs: 300 }) })).toEqual({ target: "replica", reason: "ok" });
  });
});
