import { getTranslations } from "next-intl/server";
import { NotificationSettingsForm } from "@/components/notifications/notification-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getNotificationSettings } from "@/lib/notifications/get-notification-settings";
import { ClientMessages } from "@/components/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("notificationSettings");
  return { title: t("title") };
}

/** Each signed-in user's own choice of which notifications are mailed, when, and in which language. */
export default async function NotificationSettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await pageLocale(params);
  const viewer = await requirePermission(locale, `/${locale}/workspace/settings/notifications`, "notification.settings");
  const [t, settings] = await Promise.all([getTranslations("notificationSettings"), getNotificationSettings(viewer.id)]);
  return (
    <ClientMessages namespaces={["errors", "forms", "notificationSettings", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} intro={t("intro")} />
        <NotificationSettingsForm initial={{ locale: settings.locale, deliveries: settings.deliveries }} clockDueDays={env().NOTIFY_CLOCK_DUE_DAYS} />
      </div>
    </ClientMessages>
  );
}
