import { getTranslations } from "next-intl/server";
import { TokenForm } from "@/components/api-tokens/token-form";
import { TokenList } from "@/components/api-tokens/token-list";
import { tokenListRows } from "@/components/api-tokens/token-rows";
import { PageHeader } from "@/components/ui/page-header";
import { listServiceTokens, serviceTokenOwners } from "@/lib/api-tokens/list-tokens";
import { requirePermission } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("apiTokens");
  return { title: t("adminTitle") };
}

/** Service tokens for other systems: each acts as the (service) user chosen, never beyond that user's rights. */
export default async function ServiceTokensPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  await requirePermission(locale, `/${locale}/admin/api-tokens`, "apiToken.manageService");
  const [t, tRoles, tokens, owners] = await Promise.all([getTranslations("apiTokens"), getTranslations("roles"), listServiceTokens(), serviceTokenOwners()]);
  return (
    <ClientMessages namespaces={["apiTokens", "errors", "forms", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("adminTitle")} intro={t("adminIntro")} />
        <TokenForm owners={owners.map((o) => ({ id: o.id, label: `${o.name} (${o.email}, ${tRoles(o.role)})` }))} />
        <TokenList tokens={tokenListRows(tokens)} showOwner />
      </div>
    </ClientMessages>
  );
}
