import "server-only";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { queueMail } from "@/lib/mail/queue-mail";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { deliveryFor } from "./kinds";
import { absoluteLink, SETTINGS_PATH } from "./links";
import { renderNotificationMail, type MailItem } from "./render-mail";

type Tx = Prisma.TransactionClient;

export interface WrittenNotification {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  incidentId: string | null;
  actorId: string | null;
  path: string;
  params: Prisma.JsonValue;
}

export const localeOf = (value: string): Locale => (isLocale(value) ? value : "en");

/** Names a mail needs (recipients' addresses and languages, case titles, actors), in three queries. */
export async function loadMailNames(tx: Tx, rows: readonly Pick<WrittenNotification, "recipientId" | "incidentId" | "actorId">[]) {
  const ids = (pick: (row: (typeof rows)[number]) => string | null) => [...new Set(rows.map(pick).filter((id): id is string => id !== null))];
  const [users, cases] = await Promise.all([
    tx.user.findMany({ where: { id: { in: [...new Set([...ids((r) => r.recipientId), ...ids((r) => r.actorId)])] } }, select: { id: true, name: true, email: true, locale: true, active: true } }),
    tx.incident.findMany({ where: { id: { in: ids((r) => r.incidentId) } }, select: { id: true, title: true } }),
  ]);
  return { users: new Map(users.map((u) => [u.id, u])), caseTitles: new Map(cases.map((c) => [c.id, c.title])) };
}

export function mailItem(row: Omit<WrittenNotification, "id" | "recipientId">, locale: Locale, names: Awaited<ReturnType<typeof loadMailNames>>): MailItem {
  return {
    kind: row.kind,
    caseTitle: row.incidentId ? (names.caseTitles.get(row.incidentId) ?? null) : null,
    actorName: row.actorId ? (names.users.get(row.actorId)?.name ?? null) : null,
    params: row.params,
    url: absoluteLink(locale, row.path),
  };
}

/**
 * Mails, in the caller's transaction, the notifications whose recipients want that kind
 * immediately (their choice, else the kind's default), one mail each in the recipient's
 * language, and records the mail on the notification. Daily-digest and off wait or stay in-app.
 */
export async function mailImmediately(tx: Tx, rows: readonly WrittenNotification[]): Promise<number> {
  if (rows.length === 0) return 0;
  const chosen = await tx.notificationPreference.findMany({
    where: { userId: { in: [...new Set(rows.map((r) => r.recipientId))] }, kind: { in: [...new Set(rows.map((r) => r.kind))] } },
    select: { userId: true, kind: true, delivery: true },
  });
  const choice = new Map(chosen.map((p) => [`${p.userId}:${p.kind}`, p.delivery]));
  const due = rows.filter((row) => deliveryFor(row.kind, { [row.kind]: choice.get(`${row.recipientId}:${row.kind}`) }) === "immediately");
  if (due.length === 0) return 0;
  const names = await loadMailNames(tx, due);
  const mailed: { id: string; mailId: string }[] = [];
  for (const row of due) {
    const recipient = names.users.get(row.recipientId);
    if (!recipient?.active) continue;
    const locale = localeOf(recipient.locale);
    const mail = renderNotificationMail({ locale, item: mailItem(row, locale, names), settingsUrl: absoluteLink(locale, SETTINGS_PATH) });
    mailed.push({ id: row.id, mailId: await queueMail(tx, { recipientId: recipient.id, to: recipient.email, locale, ...mail }) });
  }
  // One statement records every mail on its notification (a scan may mail hundreds).
  if (mailed.length > 0) {
    await tx.$executeRaw`UPDATE notifications n SET "mailId" = m.mail_id FROM unnest(${mailed.map((m) => m.id)}::text[], ${mailed.map((m) => m.mailId)}::text[]) AS m(id, mail_id) WHERE n.id = m.id`;
  }
  return mailed.length;
}
