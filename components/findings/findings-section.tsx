import type { MessageNamespace } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { LocalizedText } from "@/components/cases/localized-text";
import { FindingBadges } from "@/components/findings/finding-badges";
import { FindingForm } from "@/components/findings/finding-form";
import { FindingStatusForm } from "@/components/findings/finding-status-form";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { DeletedItems } from "@/components/forms/deleted-items";
import { linesValue, textValue } from "@/components/forms/form-values";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { SectionBackLink } from "@/components/workspace/section-back-link";
import type { SectionViewProps } from "@/lib/cases/sections";
import { deleteFindingAction, restoreFindingAction } from "@/lib/findings/actions";
import { getFinding, listFindings } from "@/lib/findings/list-findings";
import { allowedStatusChanges } from "@/lib/findings/status";
import { formatDateTime } from "@/lib/format/date";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { Panel } from "@/components/ui/panel";
import { sourceChoices, type SourceChoice } from "@/lib/sources/list-sources";
import { CitedArticles } from "@/components/legal-articles/cited-articles";
import { listLegalArticles, type LegalArticleChoice } from "@/lib/legal-articles/list-legal-articles";
import { EvidenceLinksList } from "@/components/evidence/evidence-links-list";
import { RecordEvidenceBlock } from "@/components/evidence/record-evidence";
import { loadEvidenceLinks } from "@/lib/evidence/links-for";
import { CommentThread } from "@/components/comments/comment-thread";
import { LinkedTasks } from "@/components/tasks/linked-tasks";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = ["caseWs", "citation", "comments", "enum", "errors", "evidence", "evidenceLinks", "forms", "legalArticles", "validation"];

export async function SectionList({ viewer, incident, access, locale, slug, canEdit }: SectionViewProps) {
  const canRestore = can(viewer, "case.restore", access);
  const [t, findings, sources, articles] = await Promise.all([
    getTranslations("caseWs"),
    listFindings(incident.id, { includeDeleted: canRestore }),
    canEdit ? sourceChoices(incident.id) : [],
    canEdit ? listLegalArticles() : [],
  ]);
  const evidence = await loadEvidenceLinks({ viewer, access, incidentId: incident.id, target: "finding", ids: findings.live.map((f) => f.id) });
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <section className="space-y-4 lg:col-span-2" aria-labelledby="findings-heading">
        <h2 id="findings-heading" className="text-base font-normal text-slate-700">
          {t("findingsIntro")}
        </h2>
        {findings.live.length === 0 ? (
          <EmptyState>
            {t("noFindings")} {canEdit ? t("noFindingsHint") : null}
          </EmptyState>
        ) : (
          <ol className="space-y-3">
            {findings.live.map((f) => (
              <li key={f.id} id={`finding-${f.id}`} className="rounded-lg border border-slate-200 p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="font-semibold">
                    <Link href={`/workspace/cases/${slug}/findings/${f.id}`} className="text-blue-800 hover:underline">
                      <LocalizedText en={f.title} ko={f.titleKo} />
                    </Link>
                  </h3>
                  <FindingBadges severity={f.severity} status={f.status} />
                </div>
                <LocalizedText as="p" className="mt-1 whitespace-pre-line text-sm text-slate-800" en={f.body} ko={f.bodyKo} />
                <CitedArticles className="mt-2 text-xs text-slate-600" label={t("legalArticles")} articles={f.articles.map((l) => l.article)} freeText={f.legalArticles} />
                {f.statusReason ? (
                  <p className="mt-1 text-xs text-slate-600">
                    {t("statusReason")}: {f.statusReason}
                  </p>
                ) : null}
                <EvidenceLinksList evidence={evidence.get(f.id)} slug={slug} compact />
              </li>
            ))}
          </ol>
        )}
        <DeletedItems items={findings.deleted.map((f) => ({ id: f.id, name: localized(locale, f.title, f.titleKo), restore: restoreFindingAction.bind(null, { findingId: f.id, version: f.version }) }))} />
      </section>
      {canEdit ? (
        <Panel id="add-finding" title={t("addFinding")}>
          <FindingForm incidentId={incident.id} slug={slug} sources={sources} articles={articles} canAddArticles={can(viewer, "article.add")} />
        </Panel>
      ) : null}
    </div>
  );
}

export async function SectionItem({ viewer, incident, access, locale, slug, canEdit, itemId }: SectionViewProps & { itemId: string }) {
  const finding = await getFinding(incident.id, itemId);
  if (!finding) notFound();
  const [[sources, articles], links, t] = await Promise.all([
    canEdit ? Promise.all([sourceChoices(incident.id, { keep: finding.sourceId }), listLegalArticles()]) : Promise.resolve([[], []] as [SourceChoice[], LegalArticleChoice[]]),
    loadEvidenceLinks({ viewer, access, incidentId: incident.id, target: "finding", ids: [finding.id] }),
    getTranslations("caseWs"),
  ]);
  const evidence = links.get(finding.id);
  const evidenceList = <RecordEvidenceBlock viewer={viewer} access={access} incidentId={incident.id} slug={slug} target="finding" targetId={finding.id} evidence={evidence} />;
  return (
    <div className="space-y-6">
      <SectionBackLink slug={slug} section="findings" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <LocalizedText as="h2" className="text-xl font-semibold" en={finding.title} ko={finding.titleKo} />
        <FindingBadges severity={finding.severity} status={finding.status} />
      </div>
      <p className="text-xs text-slate-600">
        {t("lastChange", { version: finding.version })} · {formatDateTime(finding.updatedAt, locale)}
        {finding.author ? ` · ${t("author")}: ${finding.author.name}` : ""}
      </p>
      {canEdit ? (
        <div className="grid gap-8 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <FindingForm
              key={finding.version}
              findingId={finding.id}
              version={finding.version}
              slug={slug}
              sources={sources}
              articles={articles}
              canAddArticles={can(viewer, "article.add")}
              values={{
                title: finding.title,
                titleKo: textValue(finding.titleKo),
                body: finding.body,
                bodyKo: textValue(finding.bodyKo),
                severity: finding.severity,
                articleIds: finding.articles.map((l) => l.article.id),
                legalArticles: linesValue(finding.legalArticles),
                evidenceRefs: (evidence?.labels ?? []).map((l) => l.label).join("\n"),
                sourceId: textValue(finding.sourceId),
              }}
            />
          </div>
          <div className="space-y-6">
            {evidenceList}
            {finding.statusReason ? (
              <p className="text-sm">
                <span className="font-medium">{t("statusReason")}:</span> {finding.statusReason}
              </p>
            ) : null}
            <section aria-labelledby="status-heading" className="rounded-lg border border-slate-200 p-4">
              <h3 id="status-heading" className="mb-3 font-semibold">
                {t("changeStatus")}
              </h3>
              <FindingStatusForm key={finding.version} findingId={finding.id} version={finding.version} next={allowedStatusChanges(finding.status)} />
            </section>
            {can(viewer, "case.delete", access) ? (
              <DeleteRestoreButton mode="delete" name={localized(locale, finding.title, finding.titleKo)} run={deleteFindingAction.bind(null, { findingId: finding.id, version: finding.version })} after={`/workspace/cases/${slug}/findings`} />
            ) : null}
          </div>
        </div>
      ) : (
        <div className="space-y-2">
          <LocalizedText as="p" className="whitespace-pre-line" en={finding.body} ko={finding.bodyKo} />
          <CitedArticles className="text-sm text-slate-600" articles={finding.articles.map((l) => l.article)} freeText={finding.legalArticles} />
          {evidenceList}
        </div>
      )}
      <LinkedTasks incidentId={incident.id} slug={slug} locale={locale} kind="finding" id={finding.id} />
      <CommentThread viewer={viewer} access={access} incidentId={incident.id} locale={locale} target={{ kind: "finding", id: finding.id }} />
    </div>
  );
}

export async function SectionReport({ incident }: SectionViewProps) {
  const findings = await listFindings(incident.id, { includeDeleted: false });
  return (
    <ol className="list-decimal space-y-2 pl-5">
      {findings.live.map((f) => (
        <li key={f.id} className="break-inside-avoid">
          <p className="font-medium">
            <LocalizedText en={f.title} ko={f.titleKo} /> <FindingBadges severity={f.severity} status={f.status} />
          </p>
          <LocalizedText as="p" className="whitespace-pre-line" en={f.body} ko={f.bodyKo} />
          <CitedArticles className="text-xs" articles={f.articles.map((l) => l.article)} freeText={f.legalArticles} />
        </li>
      ))}
    </ol>
  );
}
