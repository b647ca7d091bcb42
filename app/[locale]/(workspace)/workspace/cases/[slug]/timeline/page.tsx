import { getTranslations } from "next-intl/server";
import { EventForm } from "@/components/workspace/case/event-form";
import { can } from "@/lib/auth/permissions";
import { formatDate, toIsoDay } from "@/lib/format/date";
import { loadCasePage } from "@/lib/cases/case-access";
import { restoreEventAction } from "@/lib/timeline/actions";
import { listEvents } from "@/lib/timeline/list-events";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { DeletedItems } from "@/components/forms/deleted-items";
import { EmptyState } from "@/components/ui/empty-state";

export const dynamic = "force-dynamic";

export default async function TimelinePage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await pageLocale(params);
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/timeline");
  const canRestore = can(viewer, "case.restore", access);
  const [t, tEnum, events] = await Promise.all([getTranslations("caseWs"), getTranslations("enum"), listEvents(incident.id, { includeDeleted: canRestore })]);
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
                  {localized(locale, e.title, e.titleKo)}
                </Link>
              </p>
              {e.description ? <p className="text-sm text-slate-700">{e.description}</p> : null}
              {e.inferenceNote ? <p className="text-xs text-slate-600">{e.inferenceNote}</p> : null}
            </li>
          ))}
        </ol>
        <DeletedItems items={events.deleted.map((e) => ({ id: e.id, name: e.title, restore: restoreEventAction.bind(null, { eventId: e.id, version: e.version }) }))} />
      </section>
      {can(viewer, "timeline.edit", access) ? (
        <section aria-labelledby="add-event" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <h2 id="add-event" className="mb-3 text-lg font-semibold">
            {t("addEvent")}
          </h2>
          <EventForm incidentId={incident.id} slug={slug} />
        </section>
      ) : null}
    </div>
  );
}
