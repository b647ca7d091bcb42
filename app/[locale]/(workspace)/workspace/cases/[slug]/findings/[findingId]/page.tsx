import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { linesValue } from "@/components/forms/form-values";
import { FindingBadges } from "@/components/workspace/case/finding-badges";
import { FindingForm } from "@/components/workspace/case/finding-form";
import { FindingStatusForm } from "@/components/workspace/case/finding-status-form";
import { can } from "@/lib/auth/permissions";
import { deleteFindingAction } from "@/lib/findings/actions";
import { getFinding } from "@/lib/findings/list-findings";
import { allowedStatusChanges } from "@/lib/findings/status";
import { formatDateTime } from "@/lib/format/date";
import { loadCasePage } from "@/lib/cases/case-access";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function FindingPage({ params }: { params: Promise<{ locale: string; slug: string; findingId: string }> }) {
  const { locale: raw, slug, findingId } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const { viewer, incident, access } = await loadCasePage(locale, slug, `/findings/${findingId}`);
  const finding = await getFinding(incident.id, findingId);
  if (!finding) notFound();
  const [t, tTabs] = await Promise.all([getTranslations("caseWs"), getTranslations("tabs")]);
  const editable = can(viewer, "finding.edit", access);
  return (
    <div className="space-y-6">
      <Link href={`/workspace/cases/${slug}/findings`} className="text-sm text-blue-800 underline">
        ← {tTabs("findings")}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{finding.title}</h2>
        <FindingBadges severity={finding.severity} status={finding.status} />
      </div>
      <p className="text-xs text-slate-600">
        {t("lastChange", { version: finding.version })} · {formatDateTime(finding.updatedAt, locale)}
        {finding.author ? ` · ${t("author")}: ${finding.author.name}` : ""}
      </p>
      {editable ? (
        <div className="grid gap-8 lg:grid-cols-3">
          <div className="lg:col-span-2">
            <FindingForm
              key={finding.version}
              findingId={finding.id}
              version={finding.version}
              slug={slug}
              values={{ title: finding.title, body: finding.body, severity: finding.severity, legalArticles: linesValue(finding.legalArticles), evidenceRefs: linesValue(finding.evidenceRefs) }}
            />
          </div>
          <div className="space-y-6">
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
              <DeleteRestoreButton mode="delete" name={finding.title} run={deleteFindingAction.bind(null, { findingId: finding.id, version: finding.version })} after={`/workspace/cases/${slug}/findings`} />
            ) : null}
          </div>
        </div>
      ) : (
        <div className="space-y-2">
          <p className="whitespace-pre-line">{finding.body}</p>
          <p className="text-sm text-slate-600">{finding.legalArticles.join("; ")}</p>
        </div>
      )}
    </div>
  );
}
