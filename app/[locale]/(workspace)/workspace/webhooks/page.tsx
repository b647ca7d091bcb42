import { getTranslations } from "next-intl/server";
import { WebhookForm } from "@/components/webhooks/webhook-form";
import { WebhookList } from "@/components/webhooks/webhook-list";
import { webhookStatusWords } from "@/components/webhooks/webhook-status";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { pageLocale } from "@/lib/i18n/page-locale";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("webhooks");
  return { title: t("title") };
}

/** The viewer's webhook subscriptions (every user's for administrators) and the form for a new one. */
export default async function WebhooksPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/workspace/webhooks`, "webhook.manage");
  const [t, statusWords, subscriptions] = await Promise.all([getTranslations("webhooks"), webhookStatusWords(locale), listWebhooks(viewer)]);
  const all = can(viewer, "webhook.manageAll");
  return (
    <ClientMessages namespaces={["errors", "forms", "validation", "webhooks"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} intro={all ? `${t("intro")} ${t("introAll")}` : t("intro")} />
        {subscriptions.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <WebhookList
            showOwner={all}
            items={subscriptions.map((s) => ({
              id: s.id,
              url: s.url,
              events: s.events.map((e) => t(`events.${e.replace(".", "_")}` as never)),
              owner: s.owner.name,
              failures: s.consecutiveFailures,
              ...statusWords(s),
              enabled: s.enabled,
            }))}
            labels={{ caption: t("tableCaption"), url: t("colUrl"), events: t("colEvents"), status: t("colStatus"), owner: t("colOwner"), failures: t("colFailures"), open: t("open") }}
          />
        )}
        <WebhookForm />
      </div>
    </ClientMessages>
  );
}
