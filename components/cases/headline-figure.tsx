import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/date";
import { formatCount, formatExact } from "@/lib/format/number";
import type { SourcedFigure } from "@/lib/cases/headline";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { ProvenanceBadge } from "./provenance-badge";

/** A big number with what it counts, where it came from, and when. `compact`: smaller on phones. */
export function HeadlineFigure({ label, figure, detail, compact = false }: { label: string; figure: SourcedFigure | null; detail?: string; compact?: boolean }) {
  const t = useTranslations("case");
  const locale = useAppLocale();
  return (
    <div className={`min-w-0 rounded-lg border border-slate-200 bg-white ${compact ? "p-3 sm:p-4" : "p-4"}`} data-testid="headline-figure">
      <dt className={`text-slate-600 ${compact ? "text-xs sm:text-sm" : "text-sm"}`}>{label}</dt>
      <dd className="mt-1">
        {figure ? (
          <>
            <p className={`font-semibold tabular-nums text-slate-900 ${compact ? "text-lg sm:text-2xl" : "text-2xl"}`} data-testid="headline-value" title={formatExact(figure.value, locale)}>
              {figure.approximate ? <span className="mr-1 text-base font-normal text-slate-600">{t("approximate")}</span> : null}
              {formatCount(figure.value, locale)}
            </p>
            <p className={`${compact ? "mt-1 sm:mt-2" : "mt-2"} flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600`}>
              <ProvenanceBadge provenance={figure.provenance} />
              {figure.asOf ? <span>{t("asOf", { date: formatDate(figure.asOf, "day", locale) })}</span> : null}
            </p>
            {detail ? <p className="mt-1 text-xs text-slate-600">{detail}</p> : null}
          </>
        ) : (
          <p className="text-lg text-slate-500">{t("unknown")}</p>
        )}
      </dd>
    </div>
  );
}
