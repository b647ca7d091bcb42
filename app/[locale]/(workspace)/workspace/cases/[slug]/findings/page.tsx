import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeleteRestoreButton } from "@/components/forms/delete-restore-button";
import { FindingBadges } from "@/components/workspace/case/finding-badges";
import { FindingForm } from "@/components/workspace/case/finding-form";
import { can } from "@/lib/auth/permissions";
import { restoreFindingAction } from "@/lib/findings/actions";
import { listFindings } from "@/lib/findings/list-findings";
import { loadCasePage } from "@/lib/cases/case-access";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function FindingsPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: raw, slug } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/findings");
  const canRestore = can(viewer, "case.restore", access);
  const [t, tForms, findings] = await Promise.all([getTranslations("caseWs"), getTranslations("forms"), listFindings(incident.id, { includeDeleted: canRestore })]);
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <section className="space-y-4 lg:col-span-2" aria-labelledby="findings-heading">
        <h2 id="findings-heading" className="text-base font-normal text-slate-700">
          {t("findingsIntro")}
        </h2>
        {findings.live.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">
            {t("noFindings")} {can(viewer, "finding.edit", access) ? t("noFindingsHint") : null}
          </p>
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
        {findings.deleted.length > 0 ? (
          <div className="rounded-lg bg-slate-50 p-4">
            <h3 className="text-sm font-semibold">{tForms("deletedItems")}</h3>
            <ul className="mt-2 space-y-2 text-sm">
              {findings.deleted.map((f) => (
                <li key={f.id} className="flex items-center justify-between gap-2">
                  <span className="line-through">{f.title}</span>
                  <DeleteRestoreButton mode="restore" name={f.title} run={restoreFindingAction.bind(null, { findingId: f.id, version: f.version })} />
                </li>
              ))}
            </ul>
          </div>
        ) : null}
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
