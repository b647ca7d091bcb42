import { LRUCache } from "lru-cache";

/**
 * Public reads (published versions only) kept in memory for a few seconds. Hundreds of readers
 * of the home page, the public API, the downloads and the feed then cost one query per key and
 * interval instead of one each, and a burst of misses shares one query; the pool stays free for
 * the people working on cases (bench/load). Publishing and unpublishing clear it in this process
 * (lib/publishing/mutations.ts), and in every other app instance through the public-change
 * notification (lib/cluster/); an embargo's end is seen within the interval.
 */
export const PUBLIC_READ_TTL_MS = 5_000;

type Reads = LRUCache<string, { value: unknown }, () => Promise<unknown>>;

function createReads(): Reads {
  return new LRUCache({
    max: 1_000,
    ttl: PUBLIC_READ_TTL_MS,
    // The wall clock, read on every check (tests move it with fake timers).
    perf: { now: () => Date.now() },
    ttlResolution: 0,
    // A read evicted while it runs (more than `max` keys at once) still answers its callers.
    ignoreFetchAbort: true,
    allowStaleOnFetchAbort: true,
    fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
  });
}

// One cache per process, on globalThis: Next bundles pages, route handlers and server actions
// separately, and each bundle would otherwise get its own copy of this module, so a publication
// (a server action) would not clear what the public API (a route handler) holds.
const store = globalThis as unknown as { casefilePublicReads?: Reads };
const reads = (): Reads => (store.casefilePublicReads ??= createReads());

/** The value of `load` for `key`, from memory when it is at most PUBLIC_READ_TTL_MS old. */
export async function cachedPublicRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  const entry = await reads().fetch(key, { context: load });
  return entry!.value as T;
}

/**
 * Forget every cached public read (after a publication, correction or takedown). The cache is
 * replaced, not cleared: clearing would reject the reads still running ("deleted"), and their
 * callers would answer 500; replaced, they finish for their own callers into the old cache.
 */
export function forgetPublicReads(): void {
  store.casefilePublicReads = createReads();
}
