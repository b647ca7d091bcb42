import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteWebhookButton, EnableWebhookButton, PauseWebhookButton, RotateWebhookSecretButton } from "@/components/webhooks/webhook-buttons";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { WebhookSecret } from "@/components/webhooks/webhook-secret";
import { webhookStatusWords } from "@/components/webhooks/webhook-status";
import { StatusPill } from "@/components/ui/status-pill";
import { requirePermission } from "@/lib/auth/guards";
import { formatDateTime } from "@/lib/format/date";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getWebhook } from "@/lib/webhooks/list-webhooks";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("webhooks");
  return { title: t("logTitle") };
}

/** One subscription: its secret (owner only), its state, and the delivery log with replay. */
export default async function WebhookPage({ params }: { params: Promise<{ locale: string; subscriptionId: string }> }) {
  const { locale, subscriptionId } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/workspace/webhooks/${subscriptionId}`, "webhook.manage");
  if (!/^[a-z0-9]{1,64}$/i.test(subscriptionId)) notFound();
  const [t, webhook] = await Promise.all([getTranslations("webhooks"), getWebhook(viewer, subscriptionId)]);
  if (!webhook) notFound();
  const { status, detail } = (await webhookStatusWords(locale))(webhook);
  const eventName = (e: string) => t(`events.${e.replace(".", "_")}` as never);
  return (
    <ClientMessages namespaces={["errors", "forms", "validation", "webhooks"]}>
      <div className="space-y-6">
        {/* Not PageHeader: an address has no spaces, so the heading must break anywhere on a phone. */}
        <div>
          <Link href="/workspace/webhooks" className="text-sm text-blue-800 underline underline-offset-2">
            ← {t("back")}
          </Link>
          <h1 className="mt-2 text-2xl font-semibold tracking-tight break-all sm:text-3xl">{webhook.url}</h1>
          <p className="mt-1 max-w-prose text-slate-700">{webhook.events.map(eventName).join(", ")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <StatusPill strong={!webhook.enabled} data-testid="webhook-status">
            {status}
          </StatusPill>
          {detail === null ? null : (
            <span className="text-sm text-slate-700" data-testid="webhook-disabled-reason">
              {detail}
            </span>
          )}
          <span className="text-sm text-slate-700">
            {t("colOwner")}: {webhook.owner.name} · {t("colFailures")}: {webhook.consecutiveFailures}
          </span>
        </div>
        <div className="flex flex-wrap items-center gap-3" role="group" aria-label={t("controls")}>
          {webhook.enabled ? <PauseWebhookButton subscriptionId={webhook.id} version={webhook.version} /> : <EnableWebhookButton subscriptionId={webhook.id} version={webhook.version} />}
          <RotateWebhookSecretButton subscriptionId={webhook.id} version={webhook.version} />
          <DeleteWebhookButton subscriptionId={webhook.id} version={webhook.version} url={webhook.url} />
        </div>
        {webhook.secret ? <WebhookSecret secret={webhook.secret} labels={{ title: t("secret"), hint: t("secretHint"), show: t("showSecret") }} /> : null}
        <section aria-labelledby="log-title" className="space-y-2">
          <h2 id="log-title" className="text-lg font-semibold">
            {t("logTitle")}
          </h2>
          {webhook.deliveries.length === 0 ? (
            <p className="text-sm text-slate-700">{t("logEmpty")}</p>
          ) : (
            <DeliveryLog
              canReplay={webhook.enabled}
              items={webhook.deliveries.map((d) => ({
                id: d.id,
                messageId: d.messageId,
                event: eventName(d.eventType),
                caseSlug: d.caseSlug,
                status: t(`status.${d.status}` as never),
                delivered: d.status === "delivered",
                attempts: d.attempts,
                answer: [...new Set([d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : null, d.status === "delivered" ? null : d.lastError])].filter(Boolean).join(" · ") || t("noAnswer"),
                next: d.nextAttemptAt ? t("nextAttempt", { date: formatDateTime(d.nextAttemptAt, locale) }) : null,
                created: formatDateTime(d.createdAt, locale),
                replay: d.replayOfId ? t("replayOf") : null,
              }))}
              labels={{ caption: t("logCaption"), event: t("colEvent"), case: t("colCase"), status: t("colStatus"), attempts: t("colAttempts"), answer: t("colAnswer"), when: t("colWhen"), message: t("colMessage"), replay: t("replay") }}
            />
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
