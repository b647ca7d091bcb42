"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { parseAsArrayOf, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { DATE_FIELDS, SORTS } from "@/lib/cases/case-list-query";
import type { CaseListPage } from "@/lib/cases/search-cases";
import { CLOCK_FILTERS } from "@/lib/workflow/clocks";
import { WORKFLOW_STATES } from "@/lib/enums";

/** The list's filters live in the URL, so a filtered view is a link that can be shared. */
export function useCaseListFilters() {
  return useQueryStates(
    {
      q: parseAsString.withDefault(""),
      state: parseAsArrayOf(parseAsStringLiteral(WORKFLOW_STATES)).withDefault([]),
      org: parseAsString.withDefault(""),
      recipient: parseAsString.withDefault(""),
      category: parseAsString.withDefault(""),
      from: parseAsString.withDefault(""),
      to: parseAsString.withDefault(""),
      dates: parseAsStringLiteral(DATE_FIELDS).withDefault("opened"),
      clock: parseAsStringLiteral(CLOCK_FILTERS),
      sort: parseAsStringLiteral(SORTS).withDefault("opened_desc"),
    },
    { history: "replace" },
  );
}

export type CaseListFilters = ReturnType<typeof useCaseListFilters>[0];

function apiUrl(filters: CaseListFilters, cursor: string | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (Array.isArray(value)) value.forEach((v) => params.append(key, v));
    else if (value) params.set(key, value);
  }
  if (cursor) params.set("cursor", cursor);
  return `/api/cases?${params}`;
}

export function useCaseList(filters: CaseListFilters) {
  return useInfiniteQuery({
    queryKey: ["cases", filters],
    queryFn: async ({ pageParam, signal }): Promise<CaseListPage> => {
      const response = await fetch(apiUrl(filters, pageParam), { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // While filters change, keep showing the previous results instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}
