import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CaseListView } from "@/components/workspace/case-list/case-list-view";
import { requireViewer } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { caseListFacets } from "@/lib/cases/search-cases";
import { Link, redirect } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { PageHeader } from "@/components/ui/page-header";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

const INTRO = { admin: "casesIntroAdmin", regulator: "casesIntroRegulator", case_officer: "casesIntroOfficer" } as const;

export default async function WorkspaceHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requireViewer(locale, `/${locale}/workspace`);
  if (!can(viewer, "case.list")) {
    if (can(viewer, "user.manage")) redirect({ href: "/admin/users", locale });
    notFound();
  }
  const [t, tNew, tImport, facets] = await Promise.all([getTranslations("workspace"), getTranslations("newCase"), getTranslations("caseImport"), caseListFacets(viewer)]);
  return (
    <ClientMessages namespaces={["caseList", "dayField", "evidenceSearch", "forms", "provenance", "state", "validation", "workspace"]}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-2">
          <PageHeader title={t("casesTitle")} intro={t(INTRO[viewer.role])} />
          <div className="flex flex-wrap items-center gap-4">
            {can(viewer, "case.restore") ? (
              <Link href="/workspace/deleted" className="text-sm text-blue-800 underline">
                {t("deletedLink")}
              </Link>
            ) : null}
            {can(viewer, "case.create") ? (
              <Link href="/workspace/cases/new/import" className="text-sm text-blue-800 underline">
                {tImport("link")}
              </Link>
            ) : null}
            {can(viewer, "case.create") ? (
              <Link href="/workspace/cases/new" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
                {tNew("newButton")}
              </Link>
            ) : null}
          </div>
        </div>
        <CaseListView facets={facets} />
      </div>
    </ClientMessages>
  );
}
