import { getTranslations } from "next-intl/server";
import { OrganizationList } from "@/components/organisations/organization-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listOrganizations } from "@/lib/organisations/list-organizations";
import { organizationListSchema } from "@/lib/organisations/schema";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("orgRecords");
  return { title: t("listTitle") };
}

/** Every live organisation, searchable by its names, aliases (in either language) and registration number. */
export default async function OrganisationsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await pageLocale(params);
  await requirePermission(locale, `/${locale}/workspace/organisations`, "organization.view");
  const raw = await searchParams;
  const parsed = organizationListSchema.safeParse({ q: typeof raw.q === "string" ? raw.q : undefined, page: typeof raw.page === "string" ? raw.page : undefined });
  const query = parsed.success ? parsed.data : { q: "", page: 1 };
  const [t, list] = await Promise.all([getTranslations("orgRecords"), listOrganizations(query)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("listTitle")} intro={t("listIntro")} />
      <OrganizationList locale={locale} q={query.q} list={list} />
    </div>
  );
}
