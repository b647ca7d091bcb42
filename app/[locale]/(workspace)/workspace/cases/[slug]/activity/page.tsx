import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditLog } from "@/components/audit/audit-log";
import { can } from "@/lib/auth/permissions";
import { auditFacets, listAuditEvents, parseAuditQuery } from "@/lib/audit/list-audit-events";
import { loadCasePage } from "@/lib/cases/case-access";
import { pageLocale } from "@/lib/i18n/page-locale";

export const dynamic = "force-dynamic";

export default async function CaseActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, slug } = await pageLocale(params);
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/activity");
  if (!can(viewer, "activity.view", access)) notFound();
  const filter = parseAuditQuery(await searchParams);
  const [t, page, facets] = await Promise.all([getTranslations("activity"), listAuditEvents({ ...filter, incidentId: incident.id }), auditFacets(incident.id)]);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("caseIntro")}</p>
      <AuditLog events={page.events} nextBefore={page.nextBefore} facets={facets} filter={filter} basePath={`/workspace/cases/${slug}/activity`} locale={locale} />
    </div>
  );
}
