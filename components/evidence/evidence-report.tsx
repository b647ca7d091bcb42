import { getTranslations } from "next-intl/server";
import type { SectionViewProps } from "@/lib/cases/sections";
import { listReportEvidence } from "@/lib/evidence/list-report-evidence";
import { formatDate } from "@/lib/format/date";
import { formatFileSize } from "@/lib/format/file-size";
import { formatExact } from "@/lib/format/number";
import { localized } from "@/lib/i18n/localized";

/**
 * The Evidence part of the printable report: every live file with what it is, when it was
 * received, its size and its full SHA-256, so a reader of the paper copy can check a file they
 * are handed against the case's record.
 */
export async function EvidenceReport({ incident, locale }: Pick<SectionViewProps, "incident" | "locale">) {
  const [files, t, tEnum] = await Promise.all([listReportEvidence(incident.id), getTranslations("evidenceReport"), getTranslations("enum")]);
  if (files.length === 0) return <p className="text-slate-600">{t("none")}</p>;
  return (
    <div className="space-y-2" data-testid="report-evidence">
      <p className="text-xs text-slate-600">{t("intro", { count: files.length })}</p>
      <ol className="list-decimal space-y-2 pl-5">
        {files.map((f) => {
          const rough = f.size >= 1024 ? formatFileSize(f.size, locale) : null;
          const exact = t("bytes", { count: f.size, n: formatExact(f.size, locale) });
          return (
            <li key={f.id} className="break-inside-avoid">
              <span className="font-medium">{localized(locale, f.title, f.titleKo)}</span>
              <span className="block text-xs">
                {[
                  tEnum(`evidenceKind.${f.kind}`),
                  f.receivedOn ? t("received", { date: formatDate(f.receivedOn, "day", locale) }) : t("receivedUnknown"),
                  f.providedBy ? t("providedBy", { who: f.providedBy }) : null,
                  rough ? `${rough} (${exact})` : exact,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
              <span className="block text-xs text-slate-700">{f.originalName}</span>
              <span className="block text-xs">
                <span className="text-slate-600">SHA-256 </span>
                <code className="font-mono break-all">{f.sha256}</code>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
