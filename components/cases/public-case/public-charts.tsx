"use client";

import dynamic from "next/dynamic";
import type { AbstractIntlMessages } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { PeopleRow } from "./public-charts-body";

// Recharts, react-query and the charts' messages load only when the charts scroll into view, so
// the summary's first paint carries none of them (measured: docs/performance.md, public page).
const PublicChartsBody = dynamic(() => import("./public-charts-body").then((m) => m.PublicChartsBody), { ssr: false });

/** True once the element has come within `margin` of the viewport (and stays true). */
function useSeenOnce<T extends Element>(margin: string) {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin, seen]);
  return [ref, seen] as const;
}

export function PublicCharts({
  slug,
  locale,
  messages,
  hasRecords,
  people,
  loadingLabel,
}: {
  slug: string;
  locale: string;
  messages: AbstractIntlMessages;
  hasRecords: boolean;
  people: { rows: PeopleRow[]; asOf: string | null } | null;
  loadingLabel: string;
}) {
  const [ref, seen] = useSeenOnce<HTMLDivElement>("300px");
  return (
    <div ref={ref} className="space-y-6" data-testid="public-charts">
      {seen ? (
        <PublicChartsBody slug={slug} locale={locale} messages={messages} hasRecords={hasRecords} people={people} />
      ) : (
        // Holds the charts' height, so nothing below shifts when they arrive.
        <div role="status" className={`flex items-center justify-center rounded-lg border border-slate-200 bg-slate-50 text-sm text-slate-700 ${hasRecords && people ? "h-[66rem] sm:h-[55rem]" : "h-[38rem] sm:h-[30rem]"}`}>
          {loadingLabel}
        </div>
      )}
    </div>
  );
}
