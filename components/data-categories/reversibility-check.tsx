import { useTranslations } from "next-intl";
import { durationParts } from "@/lib/format/duration";
import { formatCount, formatExact } from "@/lib/format/number";
import type { CategoryCheck } from "@/lib/data-categories/check-category";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

type Check = CategoryCheck;

const VERDICT_STYLE: Record<Check["verdict"], string> = {
  not_protected: "border-red-700 bg-red-50 text-red-900",
  reversible_by_enumeration: "border-red-700 bg-red-50 text-red-900",
  reversible_by_key_holder: "border-orange-600 bg-orange-50 text-orange-900",
  not_reversible_without_key: "border-emerald-700 bg-emerald-50 text-emerald-900",
  not_reversible_by_enumeration: "border-emerald-700 bg-emerald-50 text-emerald-900",
  undetermined: "border-slate-400 bg-slate-50 text-slate-800",
};

export function ReversibilityCheck({ check }: { check: Check }) {
  const t = useTranslations("check");
  const tEnum = useTranslations("enum");
  const locale = useAppLocale();
  const duration = (seconds: number | null) => {
    if (seconds === null) return t("notApplicable");
    const { unit, n } = durationParts(seconds);
    return unit === "years" ? t("duration.years", { n: formatCount(n, locale) }) : t(`duration.${unit}`, { n });
  };
  const algorithm = check.algorithm ? tEnum(`hashAlgorithm.${check.algorithm}`) : "";
  return (
    <div className={`rounded-lg border-l-4 p-3 text-sm ${VERDICT_STYLE[check.verdict]}`} data-verdict={check.verdict}>
      <p className="text-xs font-medium uppercase tracking-wide">{t("computed")}</p>
      <p className="text-base font-semibold">{t(`verdict.${check.verdict}`)}</p>
      <p className="mt-1">{t(`explain.${check.explanation}`)}</p>
      {check.spaceSize !== null && check.algorithm ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="font-medium">{t("space")}</dt>
          <dd title={formatExact(check.spaceSize, locale)}>{formatCount(check.spaceSize, locale)}</dd>
          <dt className="font-medium">{t("cpu")}</dt>
          <dd>
            <span data-testid="cpu-time">{duration(check.cpuSeconds)}</span>
            {check.cpuRate ? <span className="block text-xs opacity-80">{t("cpuRate", { rate: formatExact(check.cpuRate, locale), algorithm })}</span> : null}
          </dd>
          <dt className="font-medium">{t("gpu")}</dt>
          <dd>
            {duration(check.gpuSeconds)}
            {check.gpuRate ? (
              <span className="block text-xs opacity-80">{t("gpuRate", { rate: formatExact(Math.round(check.gpuRate), locale), source: check.gpuRateCustom ? t("gpuCustom") : t("gpuPublished") })}</span>
            ) : null}
          </dd>
        </dl>
      ) : null}
      {check.algorithmAssumed ? <p className="mt-2 text-xs">{t("assumedAlgorithm")}</p> : null}
    </div>
  );
}
