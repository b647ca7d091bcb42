import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { requireReplicaAt } from "@/lib/db/read-routing";
import { forgetPublicReads } from "@/lib/publishing/public-read-cache";
import { PUBLIC_CHANGE_CHANNEL, parsePublicChange, type PublicChange } from "./public-change";
import { revalidatePublicPages } from "./revalidate-public-pages";

// Every app instance holds one LISTEN connection to the primary: a plain pg.Client of its own,
// never one from the pool (a pooled connection goes back to the pool and stops listening).
// On a notification, and after every (re)connection ("everything may have changed" while it was
// away), the instance (a) takes the primary's current WAL position, which is at or past the
// change's commit because PostgreSQL delivers a notification only after its commit, and tells
// the read routing that no public read may come from a replica behind it; (b) forgets its cached
// public reads; (c) expires Next's cached public pages. In that order: (a) before (b), so that
// the first read after the clearing cannot re-cache the old version from a lagging replica.

const INITIAL_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5_000;
const APPLICATION_NAME = "casefile public-change listener";

export type PublicChangeListener = {
  /** Resolves once the first LISTEN is in place (tests wait for it). */
  ready: Promise<void>;
  stop(): Promise<void>;
};

type Options = {
  url: string;
  log?: (line: string) => void;
  /** After each refresh, with the change (null: "everything", after a reconnect or an unreadable payload). Tests watch it. */
  onRefreshed?: (refresh: { lsn: string; change: PublicChange | null }) => void;
};

export function listenForPublicChanges({ url, log = (line) => console.warn(line), onRefreshed }: Options): PublicChangeListener {
  let client: pg.Client | undefined;
  let stopped = false;
  let backoff = INITIAL_BACKOFF_MS;
  let lostAt: number | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  async function refresh(listening: pg.Client, change: PublicChange | null): Promise<void> {
    const { rows } = await listening.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
    const lsn = rows[0]!.lsn;
    requireReplicaAt(lsn);
    forgetPublicReads();
    await revalidatePublicPages();
    onRefreshed?.({ lsn, change });
  }

  function lost(from: pg.Client, reason: string): void {
    if (client !== from || stopped) return;
    client = undefined;
    from.removeAllListeners("notification");
    from.end().catch(() => undefined);
    lostAt ??= Date.now();
    log(`[casefile] Public-change listener lost its connection (${reason}); reconnecting in ${backoff} ms.`);
    retryTimer = setTimeout(connect, backoff);
    retryTimer.unref();
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }

  async function connect(): Promise<void> {
    if (stopped) return;
    const next = new pg.Client({ connectionString: url, application_name: APPLICATION_NAME, keepAlive: true, keepAliveInitialDelayMillis: 10_000, connectionTimeoutMillis: 5_000 });
    client = next;
    // One refresh at a time on this connection (a pg.Client runs one query at a time).
    let refreshing = Promise.resolve();
    // A dropped connection emits "error" (and "end"): both lead to one reconnect.
    next.on("error", (error) => lost(next, error.message));
    next.on("end", () => lost(next, "connection ended"));
    next.on("notification", (message) => {
      if (message.channel !== PUBLIC_CHANGE_CHANNEL) return;
      const change = parsePublicChange(message.payload);
      if (!change) log(`[casefile] Unreadable public-change notification (${String(message.payload).slice(0, 200)}); treating it as "everything changed".`);
      refreshing = refreshing.then(() => refresh(next, change)).catch((error: unknown) => lost(next, `refresh failed: ${String(error)}`));
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`);
      // Listening first, then clearing: a change committed from here on is notified, one before is covered.
      refreshing = refreshing.then(() => refresh(next, null));
      await refreshing;
    } catch (error) {
      lost(next, error instanceof Error ? error.message : String(error));
      return;
    }
    if (lostAt !== undefined) log(`[casefile] Public-change listener reconnected after ${Date.now() - lostAt} ms; cleared this instance's public caches.`);
    lostAt = undefined;
    backoff = INITIAL_BACKOFF_MS;
    markReady();
  }

  void connect();
  return {
    ready,
    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}

const globalForListener = globalThis as unknown as { casefilePublicChangeListener?: PublicChangeListener };

/** The one listener of this server process (instrumentation.ts starts it; a second call returns the first). */
export function startPublicChangeListener(url = env().DATABASE_URL): PublicChangeListener {
  globalForListener.casefilePublicChangeListener ??= listenForPublicChanges({ url });
  return globalForListener.casefilePublicChangeListener;
}
