import { getTranslations } from "next-intl/server";
import { CommentThread } from "@/components/comments/comment-thread";
import { PublicationDecision, UnpublishForm } from "@/components/publishing/publication-decision";
import { PublishComposer } from "@/components/publishing/publish-composer";
import { PublicationReview, publicationConsequences } from "@/components/publishing/publication-review";
import { can } from "@/lib/auth/permissions";
import type { SectionViewProps } from "@/lib/cases/sections";
import { formatDateTime } from "@/lib/format/date";
import { isLocale, type MessageNamespace } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { getPublishing } from "@/lib/publishing/get-publishing";
import { Disclosure } from "@/components/ui/disclosure";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["check", "comments", "enum", "errors", "forms", "languageMark", "publishing", "validation"];
export async function SectionList({ viewer, incident, access, locale, slug, searchParams }: SectionViewProps) {
  const [t, view] = await Promise.all([getTranslations("publishing"), getPublishing(viewer, incident.id)]);
  const pending = view.pending;
  const consequences = pending ? await publicationConsequences({ pending, live: view.live, locale }) : null;

  return (
    <div className="space-y-8">
      <p className="text-slate-700">{t("intro")}</p>
      <section aria-labelledby="pub-status" className="space-y-2" data-testid="publication-status">
        <h2 id="pub-status" className="text-lg font-semibold">
          {t("statusTitle")}
        </h2>
        {view.live ? (
          <p>
            {view.live.embargoed
              ? t("embargoed", { number: view.live.number, date: formatDateTime(view.live.publishedAt as Date, locale) })
              : t("published", { number: view.live.number, date: formatDateTime(view.live.publishedAt as Date, locale) })}{" "}
            <Link href={`/cases/${slug}`} className="text-blue-800 underline">
              {t("openPublic")}
            </Link>
          </p>
        ) : (
          <p>{t("notPublished")}</p>
        )}
        {view.live && can(viewer, "publication.approve", access) ? (
          <Disclosure look="danger" summary={t("unpublish")}>
            <UnpublishForm incidentId={incident.id} />
          </Disclosure>
        ) : null}
      </section>

      {pending ? (
        <section aria-labelledby="pub-pending" className="space-y-3 rounded-lg border-2 border-blue-800 bg-blue-50 p-4" data-testid="pending-publication">
          <h2 id="pub-pending" className="text-lg font-semibold">
            {t("pendingTitle", { number: pending.number })}
          </h2>
          <p className="text-sm">{t("proposedBy", { name: pending.proposedBy ?? "—" })}</p>
          {pending.publishAt ? <p className="text-sm">{t("embargoUntil", { date: formatDateTime(pending.publishAt, locale) })}</p> : null}
          {pending.correctionNote ? <p className="text-sm">{pending.correctionNote}</p> : null}
          <PublicationReview slug={slug} locale={locale} previewLocale={isLocale(searchParams.preview) ? searchParams.preview : locale} proposed={pending} live={view.live} />
          {pending.isMine ? <p className="text-sm">{t("waitingForOther")}</p> : can(viewer, "publication.approve", access) ? <PublicationDecision versionId={pending.id} approveConsequence={consequences?.approve ?? ""} rejectConsequence={consequences?.reject ?? ""} /> : null}
          <CommentThread viewer={viewer} access={access} incidentId={incident.id} locale={locale} target={{ kind: "publication_version", id: pending.id }} heading="h3" />
        </section>
      ) : (
        <section aria-labelledby="pub-compose" className="space-y-3">
          <h2 id="pub-compose" className="text-lg font-semibold">
            {view.everPublished ? t("composeCorrection") : t("compose")}
          </h2>
          <PublishComposer incidentId={incident.id} view={view} />
        </section>
      )}

      <section aria-labelledby="pub-versions" className="space-y-2">
        <h2 id="pub-versions" className="text-lg font-semibold">
          {t("versionsTitle")}
        </h2>
        {view.versions.length === 0 ? <p className="text-sm text-slate-600">{t("noVersions")}</p> : null}
        <ol className="space-y-2 text-sm">
          {view.versions.map((v) => (
            <li key={v.id} data-version-status={v.status}>
              <span className="font-medium">{t("versionLabel", { number: v.number })}</span> · {t(`status.${v.status}`)}
              {v.proposedBy ? ` · ${t("proposedBy", { name: v.proposedBy })}` : ""}
              {v.decidedBy ? ` · ${t("decidedBy", { name: v.decidedBy })}` : ""}
              {v.publishedAt ? ` · ${formatDateTime(v.publishedAt, locale)}` : ""}
              {v.correctionNote ? <span className="block text-slate-700">{v.correctionNote}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
