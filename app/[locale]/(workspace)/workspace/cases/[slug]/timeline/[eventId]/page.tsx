import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { dayValue, textValue } from "@/components/forms/form-values";
import { EventForm } from "@/components/workspace/case/event-form";
import { can } from "@/lib/auth/permissions";
import { loadCasePage } from "@/lib/cases/case-access";
import { deleteEventAction } from "@/lib/timeline/actions";
import { getEvent } from "@/lib/timeline/list-events";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function EventPage({ params }: { params: Promise<{ locale: string; slug: string; eventId: string }> }) {
  const { locale: raw, slug, eventId } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const { viewer, incident, access } = await loadCasePage(locale, slug, `/timeline/${eventId}`);
  const event = await getEvent(incident.id, eventId);
  if (!event) notFound();
  const tTabs = await getTranslations("tabs");
  return (
    <div className="space-y-6">
      <Link href={`/workspace/cases/${slug}/timeline`} className="text-sm text-blue-800 underline">
        ← {tTabs("timeline")}
      </Link>
      <h2 className="text-xl font-semibold">{event.title}</h2>
      {can(viewer, "timeline.edit", access) ? (
        <EventForm
          key={event.version}
          eventId={event.id}
          version={event.version}
          slug={slug}
          values={{
            occurredOn: dayValue(event.occurredOn),
            precision: event.precision,
            kind: event.kind,
            title: event.title,
            titleKo: textValue(event.titleKo),
            description: textValue(event.description),
            isPublic: event.isPublic,
            inferenceNote: textValue(event.inferenceNote),
          }}
        />
      ) : (
        <p>{event.description}</p>
      )}
      {can(viewer, "case.delete", access) ? (
        <DeleteRestoreButton mode="delete" name={event.title} run={deleteEventAction.bind(null, { eventId: event.id, version: event.version })} after={`/workspace/cases/${slug}/timeline`} />
      ) : null}
    </div>
  );
}
