import "server-only";

// Next's page cache, invalidated from outside any request. revalidatePath() throws there ("static
// generation store missing"): it only records tags on the request's work store, and Next passes them
// to the incremental cache when the request ends. The incremental cache itself is a process-wide
// object that Next puts on globalThis.__incrementalCache when it serves its first request (Next 16,
// server/base-server.js and route-modules/route-module.js); its revalidateTag(tags) is the call a
// server action's revalidatePath makes in the end, and it marks the tags expired in the process-wide
// tags manifest that every cached page is checked against. Before the first request nothing is
// cached in this process, so there is nothing to do. tests/faults/takedown-two-instances proves it.

/** The tags revalidatePath("/[locale]", "layout") and revalidatePath("/embed/[locale]", "layout") name (lib/publishing/actions.ts). */
const PUBLIC_PAGE_TAGS = ["_N_T_/[locale]/layout", "_N_T_/embed/[locale]/layout"];

type IncrementalCache = { revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> };

function incrementalCache(): IncrementalCache | undefined {
  const cache: unknown = (globalThis as { __incrementalCache?: unknown }).__incrementalCache;
  return cache && typeof (cache as IncrementalCache).revalidateTag === "function" ? (cache as IncrementalCache) : undefined;
}

/**
 * A render that read the database before the change and stores its page after the expiry is
 * cached as new (Next stamps an entry when it is stored, not when its data was read). The tags
 * are expired again after these delays, so such a page outlives the change by at most the first
 * one for a render that quick, and by the last for a slow one (a busy machine).
 */
const EXPIRE_AGAIN_AFTER_MS = [500, 3_000];

/** Every cached public page of this process renders afresh on its next request. False when nothing was cached yet. */
export async function revalidatePublicPages(): Promise<boolean> {
  const cache = incrementalCache();
  if (!cache) return false;
  // No durations: expire now (as revalidatePath does), not stale-while-revalidate.
  await cache.revalidateTag(PUBLIC_PAGE_TAGS);
  for (const delay of EXPIRE_AGAIN_AFTER_MS) setTimeout(() => void cache.revalidateTag(PUBLIC_PAGE_TAGS).catch(() => undefined), delay).unref();
  return true;
}
