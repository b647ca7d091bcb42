import { getTranslations } from "next-intl/server";
import { LegalArticleLibrary } from "@/components/legal-articles/legal-article-library";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listLibrary } from "@/lib/legal-articles/list-legal-articles";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("legalArticles");
  return { title: t("title") };
}

/** The library of legal articles: every signed-in member of staff reads it; who adds and who corrects follows the permission table. */
export default async function LegalArticlesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/workspace/legal-articles`, "article.view");
  const [t, articles] = await Promise.all([getTranslations("legalArticles"), listLibrary()]);
  return (
    <ClientMessages namespaces={["errors", "forms", "languageMark", "legalArticles", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} intro={t("intro")} />
        <LegalArticleLibrary articles={articles} canAdd={can(viewer, "article.add")} canEdit={can(viewer, "article.edit")} />
      </div>
    </ClientMessages>
  );
}
