import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { NOTIFICATION_KINDS } from "@/lib/enums";
import type { NotificationDelivery, NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_DELIVERY, effectiveDeliveries } from "./kinds";
import { notificationSettingsSchema, type NotificationSettingsInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** The settings as the audit trail reads them: the language and one field per kind. */
function auditView(locale: string, deliveries: Record<NotificationKind, NotificationDelivery>) {
  return { locale, ...Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [`notify_${kind}`, deliveries[kind]])) };
}

async function current(tx: Tx, userId: string) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true, notificationPrefs: { select: { kind: true, delivery: true } } } });
  return auditView(user.locale, effectiveDeliveries(Object.fromEntries(user.notificationPrefs.map((p) => [p.kind, p.delivery]))));
}

/**
 * Saves the viewer's own settings (never someone else's: the input names no user). A choice equal
 * to the kind's default is stored as no choice, so a later change of default reaches everyone
 * who did not decide otherwise. Audited in the same transaction.
 */
async function updateNotificationSettings(viewer: Viewer, input: NotificationSettingsInput) {
  assertCan(viewer, "notification.settings");
  return prisma.$transaction(async (tx) => {
    const before = await current(tx, viewer.id);
    const differing = NOTIFICATION_KINDS.filter((kind) => input.deliveries[kind] !== DEFAULT_DELIVERY[kind]);
    await tx.notificationPreference.deleteMany({ where: { userId: viewer.id, kind: { notIn: differing } } });
    for (const kind of differing) {
      const delivery = input.deliveries[kind];
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId: viewer.id, kind } }, create: { userId: viewer.id, kind, delivery }, update: { delivery } });
    }
    await tx.user.update({ where: { id: viewer.id }, data: { locale: input.locale } });
    const after = auditView(input.locale, input.deliveries);
    await recordAudit(tx, { actor: actorOf(viewer), action: "user.notifications_changed", entityType: "user", entityId: viewer.id, before, after });
    return { locale: input.locale, deliveries: input.deliveries };
  });
}

export const notificationSettingsActions = {
  save: defineAction(notificationSettingsSchema, updateNotificationSettings),
};
