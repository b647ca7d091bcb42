// The public case list's query parameters, in one list with no imports: the filters read them
// (public-filters.ts), and next.config.ts sends an address carrying any of them to the
// per-request view (app/[locale]/(public)/search), so the unfiltered home page stays a cached page.
export const HOME_QUERY_KEYS = ["q", "stage", "category", "year"] as const;
