// Watches a streaming replica and decides, per query, whether a read-only query may go to it
// (the rule itself is read-decision.ts). A probe every PROBE_INTERVAL_MS samples the primary's
// WAL position, then the replica's replay position, each on a connection of its own: probes never
// wait behind a pool that public load has exhausted, and a stuck probe shows as a stale one.
import pg from "pg";
import { decideRead, lagOf, parseLsn, recordPrimarySample, type PrimarySample, type ReadDecision, type ReplicaProbe } from "./read-decision";

const PROBE_INTERVAL_MS = 200;
/** A probe older than this is no evidence (a few intervals: one slow probe is not an outage). */
const STALE_AFTER_MS = 5 * PROBE_INTERVAL_MS;
/** How long a probe query may take before the replica counts as not answering. */
const PROBE_TIMEOUT_MS = 1_000;
const MAX_LSN = (1n << 64n) - 1n;

/** Where the router's two lines per outage go (the console's warnings by default). */
interface RouterLog {
  warn(line: string): void;
}

export interface ReadRouterOptions {
  primaryUrl: string;
  /** Unset: no replica; every decision is "primary" and nothing is probed. */
  replicaUrl?: string;
  maxLagMs: number;
  log?: RouterLog;
}

export interface ReadRouter {
  decide(atLeast?: bigint): ReadDecision;
  /** Sync: the very next decision already requires `lsn` (text as PostgreSQL prints a pg_lsn). */
  requireAt(lsn: string): void;
  /** A query on the replica failed because it went away: reads leave it now, not at the next probe. */
  replicaGone(error: unknown): void;
  /** Resolves once a probe has completed (tests wait on it rather than on a guessed time). */
  probed(): Promise<void>;
  stop(): Promise<void>;
}

/** One dedicated connection, opened on demand and dropped on any error (the next probe reconnects). */
function probeConnection(url: string) {
  let client: pg.Client | null = null;
  return {
    async one<T>(sql: string): Promise<T | undefined> {
      if (!client) {
        const fresh = new pg.Client({ connectionString: url, connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS, statement_timeout: PROBE_TIMEOUT_MS, application_name: "casefile-replica-probe" });
        // An idle connection the server ends emits "error"; unheard, it would end the process.
        fresh.on("error", () => undefined);
        client = fresh;
        try {
          await fresh.connect();
        } catch (error) {
          client = null;
          throw error;
        }
      }
      try {
        return (await client.query(sql)).rows[0] as T | undefined;
      } catch (error) {
        const broken = client;
        client = null;
        await broken?.end().catch(() => undefined);
        throw error;
      }
    },
    async close() {
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split("\n").at(-1)!.trim() : String(error);
}

export function createReadRouter(options: ReadRouterOptions): ReadRouter {
  const log = options.log ?? { warn: (line) => console.warn(line) };
  let requiredLsn = 0n;
  let probe: ReplicaProbe | null = null;
  let history: PrimarySample[] = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let waiters: (() => void)[] = [];
  const primaryProbe = probeConnection(options.primaryUrl);
  const replicaProbe = options.replicaUrl ? probeConnection(options.replicaUrl) : null;

  /** Records a probe result; logs once when the replica goes away and once when it is back. */
  const record = (next: ReplicaProbe) => {
    const wasDown = probe !== null && !probe.ok;
    if (!next.ok && !wasDown) log.warn(`[db] The read replica is not answering (${next.error}): reads go to the primary until it is back.`);
    if (next.ok && wasDown) log.warn("[db] The read replica answers again: reads may use it once it has caught up.");
    probe = next;
  };

  const probeOnce = async () => {
    if (!replicaProbe) return;
    try {
      // The primary first: a replica that has replayed this position was current at least then.
      const primaryRow = await primaryProbe.one<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
      const lsn = parseLsn(primaryRow?.lsn ?? "");
      if (lsn !== null) history = recordPrimarySample(history, { at: Date.now(), lsn }, 60_000);
    } catch {
      // The primary away: its outage is answered elsewhere (503). The replica's own state still
      // counts, against the positions sampled before.
    }
    try {
      const row = await replicaProbe.one<{ standby: boolean; replayed: string | null }>("SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed");
      const replayLsn = parseLsn(row?.replayed ?? "");
      if (!row?.standby || replayLsn === null) throw new Error("it is not a standby (pg_is_in_recovery() is false): a promoted or wrong server is never read");
      const at = Date.now();
      record({ ok: true, at, replayLsn, lagMs: lagOf(history, replayLsn, at) });
    } catch (error) {
      record({ ok: false, at: Date.now(), error: describe(error) });
    }
  };

  const loop = async () => {
    await probeOnce();
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
    if (stopped) return;
    // Never two probes at once, and never keeping the process alive for a probe.
    timer = setTimeout(() => void loop(), PROBE_INTERVAL_MS);
    timer.unref();
  };
  if (replicaProbe) void loop();

  return {
    decide: (atLeast) => decideRead({ configured: replicaProbe !== null, probe, now: Date.now(), staleAfterMs: STALE_AFTER_MS, maxLagMs: options.maxLagMs, requiredLsn, atLeast }),
    requireAt(lsn) {
      const value = parseLsn(lsn);
      if (value === null) {
        // PostgreSQL never prints such a position: a bug upstream. A takedown must not be served
        // from a replica that may not have it, so public reads stay on the primary.
        log.warn(`[db] requireReplicaAt was given ${JSON.stringify(lsn)}, which is no WAL position: reads stay on the primary.`);
        requiredLsn = MAX_LSN;
        return;
      }
      if (value > requiredLsn) requiredLsn = value;
    },
    replicaGone(error) {
      if (replicaProbe) record({ ok: false, at: Date.now(), error: describe(error) });
    },
    probed: () => (replicaProbe ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve()),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await Promise.all([primaryProbe.close(), replicaProbe?.close()]);
    },
  };
}
