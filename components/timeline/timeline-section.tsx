import type { MessageNamespace } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalizedText } from "@/components/cases/localized-text";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { DeletedItems } from "@/components/forms/deleted-items";
import { dayValue, textValue } from "@/components/forms/form-values";
import { TimelineEventForm } from "@/components/timeline/timeline-event-form";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import type { SectionViewProps } from "@/lib/cases/sections";
import { formatDate, toIsoDay } from "@/lib/format/date";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { deleteEventAction, restoreEventAction } from "@/lib/timeline/actions";
import { getEvent, listEvents } from "@/lib/timeline/list-events";
import { Panel } from "@/components/ui/panel";
import { sourceChoices } from "@/lib/sources/list-sources";
import { EvidenceLinksList } from "@/components/evidence/evidence-links-list";
import { RecordEvidenceBlock } from "@/components/evidence/record-evidence";
import { loadEvidenceLinks } from "@/lib/evidence/links-for";
import { CommentThread } from "@/components/comments/comment-thread";
import { LinkedTasks } from "@/components/tasks/linked-tasks";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["caseWs", "citation", "comments", "dayField", "enum", "errors", "evidence", "evidenceLinks", "forms", "validation"];
export async function SectionList({ viewer, incident, access, locale, slug, canEdit }: SectionViewProps) {
  const canRestore = can(viewer, "case.restore", access);
  const [t, tEnum, events, sources] = await Promise.all([getTranslations("caseWs"), getTranslations("enum"), listEvents(incident.id, { includeDeleted: canRestore }), canEdit ? sourceChoices(incident.id) : []]);
  const evidence = await loadEvidenceLinks({ viewer, access, incidentId: incident.id, target: "timeline_event", ids: events.live.map((e) => e.id) });
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <section className="space-y-4 lg:col-span-2" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="text-slate-700">
          {t("timelineIntro")}
        </h2>
        {events.live.length === 0 ? <EmptyState>{t("noEvents")}</EmptyState> : null}
        <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
          {events.live.map((e) => (
            <li key={e.id} id={`event-${e.id}`}>
              <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <time dateTime={toIsoDay(e.occurredOn)} className="font-medium">
                  {formatDate(e.occurredOn, e.precision, locale)}
                </time>
                <span className="rounded bg-slate-100 px-1.5 text-xs">{tEnum(`eventKind.${e.kind}`)}</span>
                <span className={`rounded px-1.5 text-xs ${e.isPublic ? "bg-emerald-100 text-emerald-900" : "bg-slate-100"}`}>{e.isPublic ? t("public") : t("internal")}</span>
              </div>
              <p className="font-medium">
                <Link href={`/workspace/cases/${slug}/timeline/${e.id}`} className="text-blue-800 hover:underline">
                  <LocalizedText en={e.title} ko={e.titleKo} />
                </Link>
              </p>
              <LocalizedText as="p" className="text-sm text-slate-700" en={e.description} ko={e.descriptionKo} />
              <LocalizedText as="p" className="text-xs text-slate-600" en={e.inferenceNote} ko={e.inferenceNoteKo} />
              <EvidenceLinksList evidence={evidence.get(e.id)} slug={slug} compact />
            </li>
          ))}
        </ol>
        <DeletedItems items={events.deleted.map((e) => ({ id: e.id, name: localized(locale, e.title, e.titleKo), restore: restoreEventAction.bind(null, { eventId: e.id, version: e.version }) }))} />
      </section>
      {canEdit ? (
        <Panel id="add-event" title={t("addEvent")}>
          <TimelineEventForm incidentId={incident.id} slug={slug} sources={sources} />
        </Panel>
      ) : null}
    </div>
  );
}

export async function SectionItem({ viewer, incident, access, locale, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const event = await getEvent(incident.id, itemId);
  if (!event) notFound();
  const sources = canEdit ? await sourceChoices(incident.id, { keep: event.sourceId }) : [];
  return (
    <div className="space-y-6">
      <SectionBackLink slug={slug} section="timeline" />
      <LocalizedText as="h2" className="text-xl font-semibold" en={event.title} ko={event.titleKo} />
      {canEdit ? (
        <TimelineEventForm
          key={event.version}
          eventId={event.id}
          version={event.version}
          slug={slug}
          sources={sources}
          values={{
            occurredOn: dayValue(event.occurredOn),
            precision: event.precision,
            kind: event.kind,
            title: event.title,
            titleKo: textValue(event.titleKo),
            description: textValue(event.description),
            descriptionKo: textValue(event.descriptionKo),
            isPublic: event.isPublic,
            inferenceNote: textValue(event.inferenceNote),
            sourceId: textValue(event.sourceId),
            inferenceNoteKo: textValue(event.inferenceNoteKo),
          }}
        />
      ) : (
        <LocalizedText as="p" en={event.description} ko={event.descriptionKo} />
      )}
      <RecordEvidenceBlock viewer={viewer} access={access} incidentId={incident.id} slug={slug} target="timeline_event" targetId={event.id} />
      {can(viewer, "case.delete", access) ? (
        <DeleteRestoreButton mode="delete" name={localized(locale, event.title, event.titleKo)} run={deleteEventAction.bind(null, { eventId: event.id, version: event.version })} after={`/workspace/cases/${slug}/timeline`} />
      ) : null}
      <LinkedTasks incidentId={incident.id} slug={slug} locale={locale} kind="timeline_event" id={event.id} />
      <CommentThread viewer={viewer} access={access} incidentId={incident.id} locale={locale} target={{ kind: "timeline_event", id: event.id }} />
    </div>
  );
}

export async function SectionReport({ incident, locale }: SectionViewProps) {
  const events = await listEvents(incident.id, { includeDeleted: false });
  return (
    <ul className="space-y-1">
      {events.live.map((e) => (
        <li key={e.id} className="break-inside-avoid">
          <span className="font-medium">{formatDate(e.occurredOn, e.precision, locale)}</span> — <LocalizedText en={e.title} ko={e.titleKo} />
          <LocalizedText as="p" className="text-slate-700" en={e.description} ko={e.descriptionKo} />
          <LocalizedText className="block text-xs text-slate-600" en={e.inferenceNote} ko={e.inferenceNoteKo} />
        </li>
      ))}
    </ul>
  );
}
