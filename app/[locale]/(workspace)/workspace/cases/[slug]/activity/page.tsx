import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditLog } from "@/components/audit/audit-log";
import { CaseHeader } from "@/components/workspace/case-header";
import { requireViewer } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { auditFacets, listAuditEvents, parseAuditQuery } from "@/lib/audit/list-audit-events";
import { findCaseForViewer } from "@/lib/incidents/case-access";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";

export const dynamic = "force-dynamic";

export default async function CaseActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale: raw, slug } = await params;
  setRequestLocale(raw);
  const locale = isLocale(raw) ? raw : defaultLocale;
  const viewer = await requireViewer(locale, `/${locale}/workspace/cases/${slug}/activity`);
  const found = await findCaseForViewer(viewer, slug);
  if (!found || !can(viewer, "activity.view", found.access)) notFound();
  const { incident } = found;
  const filter = parseAuditQuery(await searchParams);
  const [t, page, facets] = await Promise.all([getTranslations("activity"), listAuditEvents({ ...filter, incidentId: incident.id }), auditFacets(incident.id)]);
  return (
    <div className="space-y-6">
      <CaseHeader slug={slug} title={localized(locale, incident.title, incident.titleKo)} state={incident.workflowState} visibility={incident.visibility} showActivity />
      <p className="text-slate-700">{t("caseIntro")}</p>
      <AuditLog events={page.events} nextBefore={page.nextBefore} facets={facets} filter={filter} basePath={`/workspace/cases/${slug}/activity`} locale={locale} />
    </div>
  );
}
