import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrganizationPageView } from "@/components/organisations/organization-page";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getOrganizationPage } from "@/lib/organisations/get-organization";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("orgRecords");
  return { title: t("pageTitle") };
}

/** One organisation: its record, the cases it appears in (those the viewer may see) and in what role, its sanctions, its merges. */
export default async function OrganisationPage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/workspace/organisations/${encodeURIComponent(slug)}`, "organization.view");
  const page = await getOrganizationPage(viewer, slug);
  if (!page) notFound();
  return (
    <ClientMessages namespaces={["errors", "forms", "orgKind", "orgRecords", "orgSector", "validation"]}>
      <OrganizationPageView locale={locale} page={page} canEdit={can(viewer, "organization.edit")} canMerge={can(viewer, "organization.merge")} />
    </ClientMessages>
  );
}
