import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { DeletedItems } from "@/components/forms/deleted-items";
import { dayValue, textValue } from "@/components/forms/form-values";
import { SourceForm } from "@/components/sources/source-form";
import { Disclosure } from "@/components/ui/disclosure";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import { can } from "@/lib/auth/permissions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { formatDate } from "@/lib/format/date";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { deleteSourceAction, restoreSourceAction } from "@/lib/sources/actions";
import { getSource, listSources } from "@/lib/sources/list-sources";
import type { Source } from "@/lib/generated/prisma/client";
import type { Locale, MessageNamespace } from "@/lib/i18n/locales";
import { EvidenceLinksList } from "@/components/evidence/evidence-links-list";
import { RecordEvidenceBlock } from "@/components/evidence/record-evidence";
import { loadEvidenceLinks } from "@/lib/evidence/links-for";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["dayField", "enum", "errors", "evidence", "evidenceLinks", "forms", "sources", "validation"];

/** Where a reader can check the source, opened in a new tab: the case file's own link stays where it is. */
function SourceLink({ url, label }: { url: string; label: string }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="break-all text-blue-800 underline">
      {label}
    </a>
  );
}

type SourceRow = Pick<Source, "kind" | "publisher" | "language" | "publishedOn" | "publishedPrecision">;

/** What a source is, who published it, when (to the precision known) and in which language, as one line. */
async function aboutLine(s: SourceRow, locale: Locale) {
  const [tEnum, tCase] = await Promise.all([getTranslations("enum"), getTranslations("case")]);
  return [
    tEnum(`sourceKind.${s.kind}`),
    s.publisher,
    s.publishedOn ? formatDate(s.publishedOn, s.publishedPrecision, locale) : null,
    s.language ? tCase("sourceLanguage", { language: tEnum(`documentLanguage.${s.language}`) }) : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export async function SectionList({ viewer, incident, access, locale, slug, canEdit }: SectionViewProps) {
  const [t, sources] = await Promise.all([getTranslations("sources"), listSources(incident.id, { includeDeleted: can(viewer, "case.restore", access) })]);
  const [about, evidence] = await Promise.all([
    Promise.all(sources.live.map((s) => aboutLine(s, locale))),
    loadEvidenceLinks({ viewer, access, incidentId: incident.id, target: "source", ids: sources.live.map((s) => s.id) }),
  ]);
  return (
    <div className="space-y-6">
      <p className="max-w-prose text-slate-700">{t("intro")}</p>
      {sources.live.length === 0 ? <EmptyState>{canEdit ? `${t("none")} ${t("noneHint")}` : t("none")}</EmptyState> : null}
      <ul className="space-y-3">
        {sources.live.map((s, i) => {
          const cited = s._count.figures + s._count.revisions + s._count.events + s._count.statements + s._count.findings;
          return (
            <li key={s.id} id={`source-${s.id}`} className="rounded-lg border border-slate-200 p-4">
              <h2 className="font-semibold">
                <Link href={`/workspace/cases/${slug}/sources/${s.id}`} className="text-blue-800 hover:underline">
                  {localized(locale, s.title, s.titleKo)}
                </Link>
              </h2>
              <p className="text-sm text-slate-700">{about[i]}</p>
              {s.url ? <p className="text-sm"><SourceLink url={s.url} label={s.url} /></p> : <p className="text-sm text-slate-600">{t("offline")}</p>}
              <p className="mt-1 text-xs text-slate-600">{t("citedBy", { count: cited })}</p>
              <EvidenceLinksList evidence={evidence.get(s.id)} slug={slug} compact />
            </li>
          );
        })}
      </ul>
      <DeletedItems items={sources.deleted.map((s) => ({ id: s.id, name: s.title, restore: restoreSourceAction.bind(null, { sourceId: s.id, version: s.version }) }))} />
      {canEdit ? (
        <Disclosure summary={t("add")} startOpen={sources.live.length === 0}>
          <SourceForm incidentId={incident.id} slug={slug} />
        </Disclosure>
      ) : null}
    </div>
  );
}

export async function SectionItem({ viewer, incident, access, locale, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const [source, t] = await Promise.all([getSource(incident.id, itemId), getTranslations("sources")]);
  if (!source) notFound();
  const note = source.note || source.noteKo ? localized(locale, source.note ?? "", source.noteKo) : null;
  return (
    <div className="space-y-6">
      <SectionBackLink slug={slug} section="sources" />
      <h2 className="text-xl font-semibold">{localized(locale, source.title, source.titleKo)}</h2>
      <p className="text-sm text-slate-700">{await aboutLine(source, locale)}</p>
      {canEdit ? (
        <SourceForm
          key={source.version}
          sourceId={source.id}
          version={source.version}
          slug={slug}
          values={{
            title: source.title,
            titleKo: textValue(source.titleKo),
            kind: source.kind,
            publisher: textValue(source.publisher),
            language: textValue(source.language),
            publishedOn: dayValue(source.publishedOn),
            publishedPrecision: source.publishedPrecision,
            url: textValue(source.url),
            note: textValue(source.note),
            noteKo: textValue(source.noteKo),
          }}
        />
      ) : (
        <div className="space-y-2 text-sm">
          {source.url ? <SourceLink url={source.url} label={source.url} /> : <p>{t("offline")}</p>}
          {note ? <p className="whitespace-pre-line">{note}</p> : null}
        </div>
      )}
      <RecordEvidenceBlock viewer={viewer} access={access} incidentId={incident.id} slug={slug} target="source" targetId={source.id} />
      {can(viewer, "case.delete", access) ? (
        <DeleteRestoreButton mode="delete" name={source.title} run={deleteSourceAction.bind(null, { sourceId: source.id, version: source.version })} after={`/workspace/cases/${slug}/sources`} />
      ) : null}
    </div>
  );
}

export async function SectionReport({ incident, locale }: SectionViewProps) {
  const sources = await listSources(incident.id, { includeDeleted: false });
  const about = await Promise.all(sources.live.map((s) => aboutLine(s, locale)));
  return (
    <ol className="list-decimal space-y-1 pl-5">
      {sources.live.map((s, i) => (
        <li key={s.id} className="break-inside-avoid">
          {localized(locale, s.title, s.titleKo)}
          <span className="block text-xs">{about[i]}</span>
          {s.url ? <span className="block text-xs break-all">{s.url}</span> : null}
        </li>
      ))}
    </ol>
  );
}
