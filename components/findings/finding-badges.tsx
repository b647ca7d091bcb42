import { useTranslations } from "next-intl";
import type { FindingSeverity, FindingStatus } from "@/lib/generated/prisma/enums";

const SEVERITY_STYLE: Record<FindingSeverity, string> = {
  low: "bg-slate-100 text-slate-800",
  medium: "bg-sky-100 text-sky-900",
  high: "bg-orange-100 text-orange-900",
  critical: "bg-red-100 text-red-900",
};

export function FindingBadges({ severity, status }: { severity: FindingSeverity; status: FindingStatus }) {
  const t = useTranslations("enum");
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${SEVERITY_STYLE[severity]}`}>{t(`severity.${severity}`)}</span>
      <span className="rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-slate-300" data-status={status}>
        {t(`findingStatus.${status}`)}
      </span>
    </span>
  );
}
