import { getTranslations } from "next-intl/server";
import { NewCaseForm } from "@/components/cases/new-case-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { listAssignableOfficers } from "@/lib/users/list-officers";
import { listJurisdictionOptions } from "@/lib/jurisdictions/list-jurisdictions";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { todayInSeoul } from "@/lib/validation/fields";
import { listLegalArticles } from "@/lib/legal-articles/list-legal-articles";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("newCase");
  return { title: t("title") };
}

/** Opening a case, for those who may (a static address beside /workspace/cases/<slug>: "new" is no slug). */
export default async function NewCasePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/workspace/cases/new`, "case.create");
  const [t, tWorkspace, tImport, officers, jurisdictions, articles] = await Promise.all([
    getTranslations("newCase"),
    getTranslations("workspace"),
    getTranslations("caseImport"),
    listAssignableOfficers(viewer),
    listJurisdictionOptions(),
    listLegalArticles(),
  ]);
  return (
    <ClientMessages namespaces={["caseOrigin", "caseWs", "dayField", "enum", "errors", "forms", "legalArticles", "newCase", "orgKind", "orgSector", "organizations", "state", "validation"]}>
      <div className="max-w-4xl space-y-6">
        <PageHeader
          title={t("title")}
          intro={t("intro")}
          back={
            <Link href="/workspace" className="text-sm text-blue-800 underline">
              ← {tWorkspace("casesTitle")}
            </Link>
          }
        />
        <p className="text-sm text-slate-700">
          {tImport("fromNewCase")}{" "}
          <Link href="/workspace/cases/new/import" className="text-blue-800 underline">
            {tImport("link")}
          </Link>
        </p>
        <NewCaseForm officers={officers} today={todayInSeoul()} jurisdictions={jurisdictions} articles={articles} />
      </div>
    </ClientMessages>
  );
}
