import { Fragment } from "react";
import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/cases/localized-text";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { formatDate } from "@/lib/format/date";
import { formatExact } from "@/lib/format/number";
import type { Provenance } from "@/lib/generated/prisma/enums";
import { useAppLocale } from "@/lib/i18n/use-app-locale";

interface Revision {
  id: string;
  revision: number;
  asOf: Date;
  active: bigint | null;
  dormant: bigint | null;
  former: bigint | null;
  unsplit: bigint | null;
  total: bigint;
  low: bigint | null;
  high: bigint | null;
  provenance: Provenance;
  note: string | null;
  source: { title: string; titleKo: string | null } | null;
  createdBy: { name: string } | null;
}

/** Every revision, newest first, each with the note saying why it was made; the first row is the current figure. */
export function EstimateHistory({ revisions, caption }: { revisions: Revision[]; caption: string }) {
  const t = useTranslations("caseWs");
  const locale = useAppLocale();
  const n = (v: bigint | null) => (v === null ? "–" : formatExact(v, locale));
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="group" aria-label={caption}>
      <table className="w-full min-w-[48rem] text-right text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">{t("revision")}</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">{t("asOf")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("active")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("dormant")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("former")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("unsplit")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("total")}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t("low")} – {t("high")}</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">{t("provenance")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {revisions.map((r, i) => (
            <Fragment key={r.id}>
              <tr className={`${i === 0 ? "bg-emerald-50/50 font-medium" : "text-slate-600"} ${r.note ? "border-b-0" : ""}`} data-revision={r.revision}>
                <th scope="row" className="px-3 py-2 text-left">
                  {r.revision}
                  {i === 0 ? <span className="ml-1 text-xs text-emerald-800">({t("current")})</span> : null}
                </th>
                <td className="px-3 py-2 text-left whitespace-nowrap">{formatDate(r.asOf, "day", locale)}</td>
                <td className="px-3 py-2">{n(r.active)}</td>
                <td className="px-3 py-2">{n(r.dormant)}</td>
                <td className="px-3 py-2">{n(r.former)}</td>
                <td className="px-3 py-2">{n(r.unsplit)}</td>
                <td className="px-3 py-2 font-semibold">{n(r.total)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{r.low === null && r.high === null ? "–" : `${n(r.low)} – ${n(r.high)}`}</td>
                <td className="px-3 py-2 text-left">
                  <ProvenanceBadge provenance={r.provenance} />
                  {r.createdBy ? <span className="ml-1 text-xs">{t("by", { name: r.createdBy.name })}</span> : null}
                  {r.source ? <LocalizedText className="block text-xs" en={r.source.title} ko={r.source.titleKo} /> : null}
                </td>
              </tr>
              {r.note ? (
                // Why this revision was made, under its figures: a full-width line reads better than a narrow column.
                <tr className={i === 0 ? "bg-emerald-50/50" : "text-slate-600"} data-revision-note={r.revision}>
                  <td colSpan={9} className="px-3 pt-0 pb-2 text-left text-xs whitespace-pre-line">
                    {/* On a phone the table scrolls sideways; the note stays in view and wraps to the screen. */}
                    <div className="sticky left-3 max-w-[calc(100vw-4rem)]">
                      <span className="font-medium">
                        <span className="sr-only">{t("revision")} {r.revision}, </span>
                        {t("note")}:
                      </span>{" "}
                      {r.note}
                    </div>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
