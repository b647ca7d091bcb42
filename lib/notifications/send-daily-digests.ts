import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma, type NotificationKind } from "@/lib/generated/prisma/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { queueMail } from "@/lib/mail/queue-mail";
import { NOTIFICATION_KINDS } from "@/lib/enums";
import { DEFAULT_DELIVERY } from "./kinds";
import { previousKstDay } from "./kst-day";
import { absoluteLink, SETTINGS_PATH } from "./links";
import { loadMailNames, localeOf, mailItem, type WrittenNotification } from "./mail-notifications";
import { renderDigestMail } from "./render-mail";

/** Kinds that go to the digest when the user has not chosen. */
const DIGEST_BY_DEFAULT = NOTIFICATION_KINDS.filter((kind) => DEFAULT_DELIVERY[kind] === "daily_digest");

/**
 * The previous KST day's notifications that their active recipients want as a digest (their
 * choice now, else the kind's default) and that no mail carried yet, oldest first; not those of
 * a case deleted since, whose link would lead nowhere.
 */
function digestRows(from: Date, to: Date) {
  return prisma.$queryRaw<WrittenNotification[]>(Prisma.sql`
    SELECT n.id, n."recipientId", n.kind::text AS kind, n."incidentId", n."actorId", n.path, n.params
    FROM notifications n
    JOIN users u ON u.id = n."recipientId" AND u.active
    LEFT JOIN notification_preferences p ON p."userId" = n."recipientId" AND p.kind = n.kind
    LEFT JOIN incidents i ON i.id = n."incidentId"
    WHERE n."mailId" IS NULL AND i."deletedAt" IS NULL AND n."createdAt" >= ${from} AND n."createdAt" < ${to}
      AND (p.delivery = 'daily_digest' OR (p.delivery IS NULL AND n.kind::text = ANY(${DIGEST_BY_DEFAULT}::text[])))
    ORDER BY n."recipientId", n."createdAt", n.id`);
}

/** One recipient's digest mail and its notifications marked as mailed, in one transaction. */
async function sendOne(recipientId: string, rows: readonly WrittenNotification[], day: string): Promise<boolean> {
  const digestDay = new Date(`${day}T00:00:00Z`);
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.mailMessage.findUnique({ where: { recipientId_digestDay: { recipientId, digestDay } }, select: { id: true } })) return false;
      const names = await loadMailNames(tx, rows);
      const recipient = names.users.get(recipientId);
      if (!recipient) return false;
      const locale = localeOf(recipient.locale);
      const mail = renderDigestMail({ locale, day, items: rows.map((row) => mailItem(row, locale, names)), settingsUrl: absoluteLink(locale, SETTINGS_PATH) });
      const mailId = await queueMail(tx, { recipientId, to: recipient.email, locale, digestDay, ...mail });
      await tx.notification.updateMany({ where: { id: { in: rows.map((r) => r.id) }, mailId: null }, data: { mailId } });
      return true;
    });
  } catch (error) {
    // Another run sent this person's digest for the day first (unique recipient + day).
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Sends each user one mail with the previous KST day's notifications they want as a digest. The
 * lead's job runs it daily at 08:00 KST; running it again, or twice at once, sends nothing more
 * (one digest per recipient and day). Returns how many digests were queued.
 */
export async function sendDailyDigests(now: Date): Promise<number> {
  const { day, from, to } = previousKstDay(now);
  const rows = await digestRows(from, to);
  const byRecipient = new Map<string, WrittenNotification[]>();
  for (const row of rows) {
    const group = byRecipient.get(row.recipientId) ?? [];
    group.push({ ...row, kind: row.kind as NotificationKind });
    byRecipient.set(row.recipientId, group);
  }
  let sent = 0;
  for (const [recipientId, group] of byRecipient) if (await sendOne(recipientId, group, day)) sent += 1;
  return sent;
}
