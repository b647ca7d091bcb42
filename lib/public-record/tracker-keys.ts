// The tracker's query parameters, in one list with no imports: the filters read them
// (tracker-filters.ts), and next.config.ts sends an address carrying any of them to the
// per-request view (app/[locale]/(public)/sanctions/view), so the unfiltered tracker stays a
// cached page.
export const TRACKER_QUERY_KEYS = ["year", "sector", "type", "article", "authority", "currency", "min", "max", "q", "sort", "dir", "page"] as const;
