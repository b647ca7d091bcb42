import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditLog } from "@/components/audit/audit-log";
import { can } from "@/lib/auth/permissions";
import { getAuditTrail } from "@/lib/audit/get-audit-trail";
import { parseAuditQuery } from "@/lib/audit/list-audit-events";
import { loadCasePage } from "@/lib/cases/case-access";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";

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
  const { viewer, incident, access } = await loadCasePage(locale, slug, "/activity");
  if (!can(viewer, "activity.view", access)) notFound();
  const filter = parseAuditQuery(await searchParams);
  const [t, trail] = await Promise.all([getTranslations("activity"), getAuditTrail({ ...filter, incidentId: incident.id }, locale)]);
  return (
    <div className="space-y-4">
      <p className="text-slate-700">{t("caseIntro")}</p>
      <AuditLog trail={trail} filter={filter} basePath={`/workspace/cases/${slug}/activity`} locale={locale} />
    </div>
  );
}
