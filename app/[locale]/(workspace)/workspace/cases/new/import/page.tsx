import { getTranslations } from "next-intl/server";
import { CaseFileImport } from "@/components/cases/case-file-import";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { CASE_FILE_IMPORT_MAX_BYTES } from "@/lib/http/request-limits";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("caseImport");
  return { title: t("title") };
}

/**
 * Opening a case from a case file, for those who may open cases. Below /cases/new (a reserved
 * address, never a case's), so no case's slug can shadow it.
 */
export default async function CaseFileImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  await requirePermission(locale, `/${locale}/workspace/cases/new/import`, "case.create");
  const [t, tWorkspace, tNew] = await Promise.all([getTranslations("caseImport"), getTranslations("workspace"), getTranslations("newCase")]);
  return (
    <ClientMessages namespaces={["caseImport", "forms", "validation"]}>
      <div className="max-w-3xl space-y-6">
        <PageHeader
          title={t("title")}
          intro={t("intro")}
          back={
            <nav className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              <Link href="/workspace" className="text-blue-800 underline">
                ← {tWorkspace("casesTitle")}
              </Link>
              <Link href="/workspace/cases/new" className="text-blue-800 underline">
                {tNew("title")}
              </Link>
            </nav>
          }
        />
        <CaseFileImport maxMb={CASE_FILE_IMPORT_MAX_BYTES / 1024 / 1024} />
      </div>
    </ClientMessages>
  );
}
