import type { MessageNamespace } from "@/lib/i18n/locales";
import { getTranslations } from "next-intl/server";
import { AuditLog } from "@/components/audit/audit-log";
import { getAuditTrail } from "@/lib/audit/get-audit-trail";
import { parseAuditQuery } from "@/lib/audit/list-audit-events";
import type { SectionViewProps } from "@/lib/cases/sections";

/** The message namespaces this section's client components read; the section page and the report hand them on. */
export const clientMessages: readonly MessageNamespace[] = [];

export async function SectionList({ incident, locale, slug, searchParams }: SectionViewProps) {
  const filter = parseAuditQuery(searchParams);
  const [t, trail] = await Promise.all([getTranslations("activity"), getAuditTrail({ ...filter, incidentId: incident.id }, locale)]);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("caseIntro")}</p>
      <AuditLog trail={trail} filter={filter} basePath={`/workspace/cases/${slug}/activity`} locale={locale} />
    </div>
  );
}
