import { getTranslations } from "next-intl/server";
import { AuditLog } from "@/components/audit/audit-log";
import { requirePermission } from "@/lib/auth/guards";
import { getAuditTrail } from "@/lib/audit/get-audit-trail";
import { parseAuditQuery } from "@/lib/audit/list-audit-events";
import { pageLocale } from "@/lib/i18n/page-locale";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";

export default async function GlobalAuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await pageLocale(params);
  await requirePermission(locale, `/${locale}/admin/audit`, "audit.viewAll");
  const filter = parseAuditQuery(await searchParams);
  const [t, trail] = await Promise.all([getTranslations("activity"), getAuditTrail(filter, locale)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("globalTitle")} intro={t("globalIntro")} />
      <AuditLog trail={trail} filter={filter} basePath="/admin/audit" locale={locale} showCase />
    </div>
  );
}
