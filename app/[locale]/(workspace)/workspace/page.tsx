import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { ProvenanceBadge } from "@/components/incidents/provenance-badge";
import { StateBadge } from "@/components/incidents/state-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/date";
import { formatCount } from "@/lib/format/number";
import { listWorkspaceIncidents } from "@/lib/incidents/list-workspace-incidents";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { Link, redirect } from "@/lib/i18n/navigation";

export const dynamic = "force-dynamic";

export default async function WorkspaceHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const viewer = await requireViewer(locale, `/${locale}/workspace`);
  if (!can(viewer, "case.list")) {
    if (can(viewer, "user.manage")) redirect({ href: "/admin/users", locale });
    notFound();
  }
  const [t, cases] = await Promise.all([getTranslations("workspace"), listWorkspaceIncidents(viewer)]);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("casesTitle")}</h1>
        <p className="mt-1 text-slate-700">{viewer.role === "case_officer" ? t("casesIntroOfficer") : t("casesIntroRegulator")}</p>
      </div>
      {cases.length === 0 ? (
        <EmptyState title={t("noCasesTitle")}>
          <p>{viewer.role === "case_officer" ? t("noCasesOfficer") : t("noCasesRegulator")}</p>
        </EmptyState>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200" tabIndex={0} role="group" aria-label={t("casesTitle")}>
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">{t("colCase")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colState")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{t("colPeople")}</th>
                <th scope="col" className="px-4 py-2 text-right font-medium">{t("colRecords")}</th>
                <th scope="col" className="px-4 py-2 font-medium">{t("colOpened")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/workspace/cases/${c.slug}`} className="text-blue-800 underline-offset-2 hover:underline">
                      {localized(locale, c.title, c.titleKo)}
                    </Link>
                    {c.isDemo ? <span className="ml-2 rounded bg-yellow-100 px-1.5 text-xs text-yellow-900">{t("demo")}</span> : null}
                  </th>
                  <td className="px-4 py-3"><StateBadge state={c.workflowState} /></td>
                  <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
                    {c.headline.people ? (
                      <span className="inline-flex items-center gap-2">{formatCount(c.headline.people.value, locale)} <ProvenanceBadge provenance={c.headline.people.provenance} /></span>
                    ) : "–"}
                  </td>
                  <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
                    {c.headline.records ? (
                      <span className="inline-flex items-center gap-2">{formatCount(c.headline.records.value, locale)} <ProvenanceBadge provenance={c.headline.records.provenance} /></span>
                    ) : "–"}
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(c.openedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
