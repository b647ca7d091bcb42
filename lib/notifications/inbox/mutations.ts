import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { fail } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { markAllReadSchema, markReadSchema, type MarkAllReadInput, type MarkReadInput } from "./schema";

// Reading is not audited: it changes only the reader's own inbox, never a case, a record or
// anyone else's data, and a row per click would bury the trail the audit exists for. The
// notification keeps when it was read (readAt) for the reader.

/** Marks one of the viewer's notifications read; someone else's, or none, is "not found" (nothing to learn). */
async function markNotificationRead(viewer: Viewer | null, input: MarkReadInput) {
  assertCan(viewer, "notification.read");
  const { count } = await prisma.notification.updateMany({ where: { id: input.notificationId, recipientId: viewer.id, readAt: null }, data: { readAt: new Date() } });
  if (count === 0) {
    const mine = await prisma.notification.findFirst({ where: { id: input.notificationId, recipientId: viewer.id }, select: { id: true } });
    if (!mine) fail("not_found", "No such notification.");
  }
  return { notificationId: input.notificationId };
}

async function markAllNotificationsRead(viewer: Viewer | null, input: MarkAllReadInput) {
  assertCan(viewer, "notification.read");
  const upTo = input.upTo ? new Date(input.upTo) : new Date();
  const { count } = await prisma.notification.updateMany({ where: { recipientId: viewer.id, readAt: null, createdAt: { lte: upTo } }, data: { readAt: new Date() } });
  return { marked: count };
}

export const inboxActions = {
  readOne: defineAction(markReadSchema, markNotificationRead),
  readAll: defineAction(markAllReadSchema, markAllNotificationsRead),
};
