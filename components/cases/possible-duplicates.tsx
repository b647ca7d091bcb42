"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PossibleDuplicate } from "@/lib/cases/find-possible-duplicates";
import type { DuplicateCheck } from "@/lib/cases/schema";
import { isIsoDay, normalizeDayText } from "@/lib/format/day-text";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

type Check = Omit<DuplicateCheck, "start" | "end"> & { start: string; end: string };
export type DuplicateResult = { total: number; items: PossibleDuplicate[] };

const day = (text: string) => {
  const normalized = normalizeDayText(text);
  return isIsoDay(normalized) ? normalized : "";
};

/** Asks the server, a moment after the form stops changing, which open cases look like the draft. */
export function usePossibleDuplicates(check: Check) {
  const query = { ...check, start: day(check.start), end: day(check.end) };
  const key = JSON.stringify(query);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), 400);
    return () => clearTimeout(timer);
  }, [key]);
  const params = new URLSearchParams(Object.entries(JSON.parse(settled) as Record<string, string>).filter(([, v]) => v !== ""));
  const hasSomething = Boolean(query.title.trim().length >= 3 || query.titleKo.trim().length >= 3 || query.org || query.start || query.end);
  return useQuery({
    queryKey: ["case-duplicates", settled],
    queryFn: async ({ signal }): Promise<DuplicateResult> => {
      const response = await fetch(`/api/cases/duplicates?${params}`, { signal });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    },
    enabled: hasSomething,
    placeholderData: keepPreviousData,
  });
}

/** The warning: each possible duplicate, why it may be the same case, and a link to check it. */
export function PossibleDuplicates({ result, loading, failed }: { result: DuplicateResult | undefined; loading: boolean; failed: boolean }) {
  const t = useTranslations("newCase");
  const tState = useTranslations("state");
  const locale = useLocale() as Locale;
  if (failed) return <p className="text-sm text-slate-700">{t("checkFailed")}</p>;
  if (!result) return loading ? <p className="text-sm text-slate-600">{t("checking")}</p> : null;
  if (result.total === 0) return <p className="text-sm text-slate-700" role="status">{t("noDuplicates")}</p>;
  return (
    <section aria-labelledby="duplicates-heading" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="possible-duplicates">
      <h2 id="duplicates-heading" className="font-semibold text-amber-950">
        {t("duplicatesTitle")}
      </h2>
      <p className="text-sm text-amber-950" role="status">
        {t("duplicatesIntro", { count: result.total })}
      </p>
      <ul className="space-y-2">
        {result.items.map((d) => (
          <li key={d.slug} className="text-sm">
            <Link href={`/workspace/cases/${d.slug}`} target="_blank" className="font-medium break-words text-blue-800 underline">
              {localized(locale, d.title, d.titleKo)}
            </Link>
            <span className="block text-xs text-slate-700">
              {localized(locale, d.organization.name, d.organization.nameKo)} · {tState(d.state)} · {d.reasons.map((r) => t(`reasons.${r}`)).join(", ")}
            </span>
          </li>
        ))}
      </ul>
      {result.total > result.items.length ? <p className="text-xs text-slate-700">{t("duplicatesMore", { count: result.total - result.items.length })}</p> : null}
    </section>
  );
}
