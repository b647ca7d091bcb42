import { getTranslations } from "next-intl/server";
import { AuditLog } from "@/components/audit/audit-log";
import { auditFacets, listAuditEvents, parseAuditQuery } from "@/lib/audit/list-audit-events";
import type { SectionViewProps } from "@/lib/cases/sections";
export async function SectionList({ incident, locale, slug, searchParams }: SectionViewProps) {
  const filter = parseAuditQuery(searchParams);
  const [t, page, facets] = await Promise.all([getTranslations("activity"), listAuditEvents({ ...filter, incidentId: incident.id }), auditFacets(incident.id)]);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("caseIntro")}</p>
      <AuditLog events={page.events} nextBefore={page.nextBefore} facets={facets} filter={filter} basePath={`/workspace/cases/${slug}/activity`} locale={locale} />
    </div>
  );
}
