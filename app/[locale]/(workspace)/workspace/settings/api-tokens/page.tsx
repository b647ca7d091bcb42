import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TokenForm } from "@/components/api-tokens/token-form";
import { TokenList } from "@/components/api-tokens/token-list";
import { tokenListRows } from "@/components/api-tokens/token-rows";
import { PageHeader } from "@/components/ui/page-header";
import { listPersonalTokens } from "@/lib/api-tokens/list-tokens";
import { requirePermission } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/page-locale";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("apiTokens");
  return { title: t("title") };
}

/** The viewer's own API tokens: each acts as them, within the scopes chosen. */
export default async function ApiTokensPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/workspace/settings/api-tokens`, "apiToken.manage");
  const [t, tokens] = await Promise.all([getTranslations("apiTokens"), listPersonalTokens(viewer.id)]);
  return (
    <ClientMessages namespaces={["apiTokens", "errors", "forms", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} intro={t("intro")} />
        <p>
          <Link href="/api/v1/reference" prefetch={false} className="text-sm text-blue-800 underline underline-offset-2">
            {t("docsLink")}
          </Link>
        </p>
        <TokenForm />
        <TokenList tokens={tokenListRows(tokens)} />
      </div>
    </ClientMessages>
  );
}
