import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ProvenanceBadge } from "@/components/cases/provenance-badge";
import { FigureForm } from "@/components/figures/figure-form";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { DeletedItems } from "@/components/forms/deleted-items";
import { dayValue, textValue } from "@/components/forms/form-values";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import { can } from "@/lib/auth/permissions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { deleteFigureAction, restoreFigureAction } from "@/lib/figures/actions";
import { getFigure, listFigures } from "@/lib/figures/list-figures";
import { formatDate } from "@/lib/format/date";
import { formatFigure, formatPercent } from "@/lib/format/number";
import { localized } from "@/lib/i18n/localized";
import type { Locale, MessageNamespace } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { sourceChoices } from "@/lib/sources/list-sources";
import { RECORDS_TOTAL_KEY } from "@/lib/figures/figure-key";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["citation", "dayField", "enum", "errors", "figures", "forms", "provenance", "validation"];

type Figure = NonNullable<Awaited<ReturnType<typeof getFigure>>>;

/** The value with its unit, "about" when approximate: "about 25,000,000 people", "32%", "약 25,000,000명". */
async function valueText(f: Figure, locale: Locale) {
  const t = await getTranslations("figures");
  const n = Number(f.value);
  const value = f.unit === "percent" ? formatPercent(n, locale) : formatFigure(n, locale);
  return t("amount", { approximate: String(f.approximate), value, unit: f.unit ?? "other" });
}

/** Where the figure comes from and as of when: "Source: … · as of 13 August 2024". */
async function originText(f: Figure, locale: Locale) {
  const t = await getTranslations("case");
  return [f.source ? t("source", { source: localized(locale, f.source.title, f.source.titleKo) }) : null, f.asOf ? t("asOf", { date: formatDate(f.asOf, "day", locale) }) : null]
    .filter(Boolean)
    .join(" · ");
}

export async function SectionList({ viewer, incident, access, locale, slug, canEdit }: SectionViewProps) {
  const [t, figures, sources] = await Promise.all([getTranslations("figures"), listFigures(incident.id, { includeDeleted: can(viewer, "case.restore", access) }), canEdit ? sourceChoices(incident.id) : []]);
  const lines = await Promise.all(figures.live.map(async (f) => ({ value: await valueText(f, locale), origin: await originText(f, locale) })));
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <section className="min-w-0 space-y-4 lg:col-span-2" aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="text-slate-700">
          {t("intro")}
        </h2>
        {figures.live.length === 0 ? <EmptyState>{canEdit ? `${t("none")} ${t("noneHint")}` : t("none")}</EmptyState> : null}
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
          {figures.live.map((f, i) => (
            <li key={f.id} id={`figure-${f.id}`} className="space-y-1 px-4 py-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/workspace/cases/${slug}/figures/${f.id}`} className="text-blue-800 hover:underline">
                  {localized(locale, f.label, f.labelKo)}
                </Link>
                <span className="flex items-center gap-2">
                  {f.key === RECORDS_TOTAL_KEY ? <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t("isRecordsTotal")}</span> : null}
                  <span className="font-semibold tabular-nums">{lines[i]?.value}</span>
                  <ProvenanceBadge provenance={f.provenance} />
                </span>
              </div>
              {lines[i]?.origin ? <p className="text-xs text-slate-600">{lines[i]?.origin}</p> : null}
            </li>
          ))}
        </ul>
        <DeletedItems items={figures.deleted.map((f) => ({ id: f.id, name: f.label, restore: restoreFigureAction.bind(null, { figureId: f.id, version: f.version }) }))} />
      </section>
      {canEdit ? (
        <Panel id="add-figure" title={t("add")}>
          <FigureForm incidentId={incident.id} slug={slug} sources={sources} />
        </Panel>
      ) : null}
    </div>
  );
}

export async function SectionItem({ viewer, incident, access, locale, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const [figure, t] = await Promise.all([getFigure(incident.id, itemId), getTranslations("figures")]);
  if (!figure) notFound();
  const sources = canEdit ? await sourceChoices(incident.id, { keep: figure.sourceId }) : [];
  const note = figure.note || figure.noteKo ? localized(locale, figure.note ?? "", figure.noteKo) : null;
  return (
    <div className="space-y-6">
      <SectionBackLink slug={slug} section="figures" />
      <div className="space-y-1">
        <h2 className="text-xl font-semibold">{localized(locale, figure.label, figure.labelKo)}</h2>
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-lg font-semibold tabular-nums">{await valueText(figure, locale)}</span>
          <ProvenanceBadge provenance={figure.provenance} />
        </p>
        <p className="text-xs text-slate-600">{[await originText(figure, locale), t("key", { key: figure.key })].filter(Boolean).join(" · ")}</p>
      </div>
      {canEdit ? (
        <FigureForm
          key={figure.version}
          figureId={figure.id}
          version={figure.version}
          slug={slug}
          sources={sources}
          values={{
            label: figure.label,
            labelKo: textValue(figure.labelKo),
            value: figure.value.toString(),
            unit: figure.unit,
            approximate: figure.approximate,
            provenance: figure.provenance,
            asOf: dayValue(figure.asOf),
            sourceId: textValue(figure.sourceId),
            note: textValue(figure.note),
            noteKo: textValue(figure.noteKo),
          }}
        />
      ) : note ? (
        <p className="whitespace-pre-line text-sm">{note}</p>
      ) : null}
      {can(viewer, "case.delete", access) ? (
        <DeleteRestoreButton mode="delete" name={figure.label} run={deleteFigureAction.bind(null, { figureId: figure.id, version: figure.version })} after={`/workspace/cases/${slug}/figures`} />
      ) : null}
    </div>
  );
}

export async function SectionReport({ incident, locale }: SectionViewProps) {
  const figures = await listFigures(incident.id, { includeDeleted: false });
  const lines = await Promise.all(figures.live.map(async (f) => ({ value: await valueText(f, locale), origin: await originText(f, locale) })));
  const tProv = await getTranslations("provenance");
  return (
    <ul className="space-y-1">
      {figures.live.map((f, i) => (
        <li key={f.id} className="break-inside-avoid">
          {localized(locale, f.label, f.labelKo)}: <span className="font-medium">{lines[i]?.value}</span> ({tProv(f.provenance)})
          {lines[i]?.origin ? <span className="block text-xs text-slate-600">{lines[i]?.origin}</span> : null}
        </li>
      ))}
    </ul>
  );
}
