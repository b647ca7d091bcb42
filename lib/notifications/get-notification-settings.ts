import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/client";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { effectiveDeliveries } from "./kinds";

export interface NotificationSettings {
  locale: Locale;
  /** The delivery in force for every kind (the user's choice, else the default). */
  deliveries: Record<NotificationKind, NotificationDelivery>;
  /** The kinds the user chose explicitly. */
  chosen: NotificationKind[];
}

/** A user's own notification settings, as the preferences page shows them. */
export async function getNotificationSettings(userId: string): Promise<NotificationSettings> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true, notificationPrefs: { select: { kind: true, delivery: true } } } });
  const chosen = Object.fromEntries(user.notificationPrefs.map((p) => [p.kind, p.delivery]));
  return { locale: isLocale(user.locale) ? user.locale : "en", deliveries: effectiveDeliveries(chosen), chosen: user.notificationPrefs.map((p) => p.kind) };
}
