import { getTranslations } from "next-intl/server";
import type { SectionViewProps } from "@/lib/cases/sections";
import { listReportEvidence } from "@/lib/evidence/list-report-evidence";
import { formatDate } from "@/lib/format/date";
import { formatExact } from "@/lib/format/number";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";

const UNITS = ["KB", "MB", "GB"] as const;

/** "2.4 MB" (decimal units, as file managers show them); the exact byte count is printed beside it. */
function roughSize(bytes: number, locale: Locale): string | null {
  let value = bytes;
  let unit: (typeof UNITS)[number] | null = null;
  for (const next of UNITS) {
    if (value < 1000) break;
    value /= 1000;
    unit = next;
  }
  if (!unit) return null;
  return `${new Intl.NumberFormat(locale === "ko" ? "ko-KR" : "en-GB", { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}

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
          const rough = roughSize(f.size, locale);
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
