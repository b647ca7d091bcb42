import "server-only";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format/date";
import type { Locale } from "@/lib/i18n/locales";

type SubscriptionState = { enabled: boolean; disabledReason: string | null; disabledAt: Date | null };

/**
 * How a subscription's state reads, on the list and on its own page: enabled; paused by its
 * owner since a time; or disabled (after failing) since a time. `detail` is null when enabled.
 */
export async function webhookStatusWords(locale: Locale): Promise<(subscription: SubscriptionState) => { status: string; detail: string | null }> {
  const t = await getTranslations("webhooks");
  return (subscription) => {
    if (subscription.enabled) return { status: t("enabled"), detail: null };
    const date = subscription.disabledAt ? formatDateTime(subscription.disabledAt, locale) : "";
    return subscription.disabledReason === "paused"
      ? { status: t("pausedStatus"), detail: t("pausedSince", { date }) }
      : { status: t("disabled"), detail: t("disabledSince", { date, reason: t("disabledReasons.failing") }) };
  };
}
