import "server-only";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { mailImmediately } from "./mail-notifications";

type Tx = Prisma.TransactionClient;

/** Wording values for a notification: ids, names, counts, days. Never case content beyond its title. */
type NotificationParams = Record<string, string | number | null>;

export interface NotifyInput {
  kind: NotificationKind;
  /** Who should hear of it. The actor, duplicates and inactive users are left out. */
  recipientIds: readonly string[];
  /** Who caused it (null for a scan). */
  actorId?: string | null;
  incidentId?: string | null;
  /** The exact place, without the locale: "/workspace/cases/<slug>/findings/<id>". */
  path: string;
  params?: NotificationParams;
  /** A scan passes one so that a recipient is told once (unique per recipient). */
  dedupeKey?: string;
}

/**
 * Tells people that something needs them, inside the transaction of the change that causes it, so
 * a rolled-back change notifies nobody and mails nothing. Recipients who want this kind
 * immediately get a mail in their language (lib/notifications/mail-notifications.ts); the others
 * wait for the daily digest or see it only in the app. Returns how many notifications were written
 * (a dedupeKey already used for a recipient writes nothing for them).
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<number> {
  const wanted = [...new Set(input.recipientIds)].filter((id) => id !== input.actorId);
  if (wanted.length === 0) return 0;
  const active = await tx.user.findMany({ where: { id: { in: wanted }, active: true }, select: { id: true } });
  if (active.length === 0) return 0;
  const written = await tx.notification.createManyAndReturn({
    data: active.map(({ id }) => ({
      recipientId: id,
      kind: input.kind,
      actorId: input.actorId ?? null,
      incidentId: input.incidentId ?? null,
      path: input.path,
      params: input.params ?? undefined,
      dedupeKey: input.dedupeKey ?? null,
    })),
    skipDuplicates: true,
    select: { id: true, recipientId: true, kind: true, incidentId: true, actorId: true, path: true, params: true },
  });
  await mailImmediately(tx, written);
  return written.length;
}
