import "server-only";
import { LRUCache } from "lru-cache";
import { caseScope, type Viewer } from "@/lib/auth/permissions";
import { loadAuthorityDeadlines, type AuthorityDeadlines } from "./authority-deadlines";

/**
 * The authority's own deadlines are counted in days (APPROVAL_STALE_DAYS, CASE_IDLE_DAYS), so a
 * minute-old answer is as good as a fresh one, and the idle-case check probes the audit trail of
 * every open case. Kept for a minute per scope: one entry for everyone who sees every case
 * (regulators, administrators), one per viewer who sees only their assigned cases.
 */
const TTL_MS = 60_000;

type Entries = LRUCache<string, { value: AuthorityDeadlines }, () => Promise<AuthorityDeadlines>>;

function createEntries(): Entries {
  return new LRUCache({
    max: 500,
    ttl: TTL_MS,
    perf: { now: () => Date.now() },
    ttlResolution: 0,
    ignoreFetchAbort: true,
    allowStaleOnFetchAbort: true,
    fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
  });
}

// On globalThis, as lib/publishing/public-read-cache.ts explains: Next bundles pages separately.
const store = globalThis as unknown as { casefileAuthorityDeadlines?: Entries };
const entries = (): Entries => (store.casefileAuthorityDeadlines ??= createEntries());

export async function cachedAuthorityDeadlines(viewer: Viewer, options: { staleDays: number; idleDays: number; limit: number }): Promise<AuthorityDeadlines> {
  const scope = caseScope(viewer) === "all" ? "all" : `user:${viewer.id}`;
  const key = `${scope}:${options.staleDays}:${options.idleDays}:${options.limit}`;
  const entry = await entries().fetch(key, { context: () => loadAuthorityDeadlines(viewer, { ...options, now: new Date() }) });
  return entry!.value;
}
