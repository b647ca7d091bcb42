// The notification settings form's rules, shared by the form and the server. Messages a field
// shows are validation.notificationSettings.* keys (both languages).
import { z } from "zod";
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS } from "@/lib/enums";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { locales } from "@/lib/i18n/locales";
import { validationKey } from "@/lib/validation/message-key";

const delivery = z.enum(NOTIFICATION_DELIVERIES, { error: validationKey("notificationSettings.delivery") });

/** Every kind must be answered: the form always sends the whole table. */
const deliveries = z.strictObject(Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, delivery])) as Record<NotificationKind, typeof delivery>, { error: validationKey("notificationSettings.delivery") });

export const notificationSettingsSchema = z.object({
  locale: z.enum(locales, { error: validationKey("notificationSettings.language") }),
  deliveries,
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;
