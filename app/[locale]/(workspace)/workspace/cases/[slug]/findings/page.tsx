import { getTranslations } from "next-intl/server";
import { FindingBadges } from "@/components/workspace/case/finding-badges";
import { FindingForm } from "@/components/workspace/case/finding-form";
import { can } from "@/lib/auth/permissions";
import { restoreFindingAction } from "@/lib/findings/actions";
import { listFindings } from "@/lib/findings/list-findings";
import { loadCasePage } from "@/lib/cases/case-access";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { DeletedItems } from "@/components/forms/deleted-items";
import { EmptyState } from "@/components/ui/empty-state";

export const dynamic = "force-dynamic";

export default async function FindingsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await pageLocale(params);
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/findings");
  const canRestore = can(viewer, "case.restore", access);
  const [t, findings] = await Promise.all([getTranslations("caseWs"), listFindings(incident.id, { includeDeleted: canRestore })]);
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <section className="space-y-4 lg:col-span-2" aria-labelledby="findings-heading">
        <h2 id="findings-heading" className="text-base font-normal text-slate-700">
          {t("findingsIntro")}
        </h2>
        {findings.live.length === 0 ? (
          <EmptyState>
            {t("noFindings")} {can(viewer, "finding.edit", access) ? t("noFindingsHint") : null}
          </EmptyState>
        ) : (
          <ol className="space-y-3">
            {findings.live.map((f) => (
              <li key={f.id} id={`finding-${f.id}`} className="rounded-lg border border-slate-200 p-4">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="font-semibold">
                    <Link href={`/workspace/cases/${slug}/findings/${f.id}`} className="text-blue-800 hover:underline">
                      {f.title}
                    </Link>
                  </h3>
                  <FindingBadges severity={f.severity} status={f.status} />
                </div>
                <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{f.body}</p>
                {f.legalArticles.length > 0 ? (
                  <p className="mt-2 text-xs text-slate-600">
                    {t("legalArticles")}: {f.legalArticles.join("; ")}
                  </p>
                ) : null}
                {f.statusReason ? (
                  <p className="mt-1 text-xs text-slate-600">
                    {t("statusReason")}: {f.statusReason}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        <DeletedItems items={findings.deleted.map((f) => ({ id: f.id, name: f.title, restore: restoreFindingAction.bind(null, { findingId: f.id, version: f.version }) }))} />
      </section>
      {can(viewer, "finding.edit", access) ? (
        <section aria-labelledby="add-finding" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          <h2 id="add-finding" className="mb-3 text-lg font-semibold">
            {t("addFinding")}
          </h2>
          <FindingForm incidentId={incident.id} slug={slug} />
        </section>
      ) : null}
    </div>
  );
}
