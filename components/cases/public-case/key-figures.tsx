import { useTranslations } from "next-intl";
import { formatCount, formatExact, formatPercent } from "@/lib/format/number";
import type { PublishedCase } from "@/lib/publishing/get-published-case";
import { localized } from "@/lib/i18n/localized";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import { ProvenanceBadge } from "../provenance-badge";

export function KeyFigures({ figures }: { figures: PublishedCase["figures"] }) {
  const t = useTranslations("case");
  const locale = useAppLocale();
  if (figures.length === 0) return null;
  return (
    <section aria-labelledby="key-figures">
      <h2 id="key-figures" className="text-xl font-semibold">
        {t("keyFigures")}
      </h2>
      <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200">
        {figures.map((f) => (
          <li key={f.key} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <span className="text-slate-700">{localized(locale, f.label, f.labelKo)}</span>
            <span className="flex items-center gap-2">
              <span className="font-semibold tabular-nums" title={f.unit === "percent" ? undefined : formatExact(f.value, locale)}>
                {f.approximate ? `${t("approximate")} ` : ""}
                {f.unit === "percent" ? formatPercent(f.value, locale) : formatCount(f.value, locale)}
              </span>
              <ProvenanceBadge provenance={f.provenance} />
            </span>
            {f.note ? <span className="w-full text-xs text-slate-600">{f.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
