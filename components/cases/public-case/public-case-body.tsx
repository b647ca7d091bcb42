// The public case page's content, from its title to its last section, drawn from a published
// snapshot. Shared by the public page and the approver's preview of a proposed version
// (components/publishing/public-case-preview.tsx), so the preview is the page as it would appear.
// No async and no server-only imports: it renders on the server and inside a client provider.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { LocalizedText } from "@/components/cases/localized-text";
import { OrganisationName } from "@/components/public-record/public-record-links";
import { HeadlineFigure } from "@/components/cases/headline-figure";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { PublicStageBadge } from "@/components/cases/public-stage-badge";
import { formatPeriod } from "@/lib/format/date";
import { formatCount } from "@/lib/format/number";
import { useAppLocale } from "@/lib/i18n/use-app-locale";
import type { Correction, reviveSnapshot } from "@/lib/publishing/snapshot";
import { DataShared, FindingsList, KeyFigures, Positions, SourcesList, Timeline } from "./case-sections";
import { SanctionsList } from "./sanctions-list";

type RevivedSnapshot = ReturnType<typeof reviveSnapshot>;

export interface PublicCaseBodyProps {
  incident: RevivedSnapshot;
  /** The headline figures this version corrected, with its number and correction note. */
  correctedBy: { number: number; correctionNote: string | null; corrections: Correction[] } | null;
  /** Before the stage badge (the public page's way back to the list). */
  top?: ReactNode;
  /** Below the sections in the main column (the public page's charts). */
  main?: ReactNode;
  /** Below the side column's sections (the public page's versions and open data). */
  aside?: ReactNode;
}

export function PublicCaseBody({ incident, correctedBy, top, main, aside }: PublicCaseBodyProps) {
  const t = useTranslations("case");
  const locale = useAppLocale();
  const people = incident.headline.people;
  const split = people?.split;
  const fmt = (n: number | null) => (n === null ? "–" : formatCount(n, locale));
  const correctionOf = (figure: "people" | "records") => {
    const c = correctedBy?.corrections.find((x) => x.figure === figure);
    return c && correctedBy ? t("correctionNotice", { number: correctedBy.number, previous: formatCount(c.previous, locale) }) + (correctedBy.correctionNote ? ` ${correctedBy.correctionNote}` : "") : undefined;
  };

  return (
    <div className="space-y-10">
      <div>
        {top}
        <div className="mt-3 flex flex-wrap items-center gap-2">{incident.stage ? <PublicStageBadge stage={incident.stage} /> : null}</div>
        <LocalizedText as="h1" className="mt-2 text-3xl font-semibold tracking-tight" en={incident.title} ko={incident.titleKo} />
        <LocalizedText as="p" className="mt-3 max-w-prose text-slate-700" en={incident.summary} ko={incident.summaryKo} />
      </div>

      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <HeadlineFigure
          label={t("peopleAffected")}
          figure={people}
          detail={[split ? t("populationSplit", { active: fmt(split.active), dormant: fmt(split.dormant), former: fmt(split.former), unsplit: fmt(split.unsplit) }) : null, correctionOf("people")].filter(Boolean).join(" ") || undefined}
        />
        <HeadlineFigure label={t("recordsShared")} figure={incident.headline.records} detail={correctionOf("records")} />
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("period")}</dt>
          <dd className="mt-1 text-lg font-semibold">{formatPeriod(incident.period, locale, { ongoing: t("ongoing"), unknown: t("unknown") })}</dd>
          {incident.series.days > 0 && incident.series.provenance ? (
            <dd className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600">
              {t("recordsNote", { days: formatCount(incident.series.days, locale) })}
              <ProvenanceBadge provenance={incident.series.provenance} />
            </dd>
          ) : null}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">{t("recipients")}</dt>
          <dd className="mt-1 space-y-1">
            {incident.recipientDetails.map((r) => (
              <p key={r.id}>
                <OrganisationName className="font-semibold" organisation={r} />
                <LocalizedText className="block text-xs text-slate-600" en={r.relationship} ko={r.relationshipKo} />
                <LocalizedText className="block text-xs text-slate-600" en={r.description} ko={r.descriptionKo} />
              </p>
            ))}
          </dd>
        </div>
      </dl>

      <div className="grid gap-10 lg:grid-cols-3">
        <div className="min-w-0 space-y-10 lg:col-span-2">
          <DataShared categories={incident.dataCategories} />
          <FindingsList findings={incident.findings} />
          <Positions statements={incident.statements} />
          <SanctionsList sanctions={incident.sanctions} />
          {main}
        </div>
        <div className="min-w-0 space-y-10">
          <KeyFigures figures={incident.figures} />
          <Timeline events={incident.timeline} />
          <SourcesList sources={incident.sources} />
          {aside}
        </div>
      </div>
    </div>
  );
}
