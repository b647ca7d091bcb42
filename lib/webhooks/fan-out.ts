import { randomUUID } from "node:crypto";
import { can, type Viewer } from "@/lib/auth/permissions";
import type { PrismaClient } from "@/lib/db/create-client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import type { WebhookPayload } from "./events";
import type { FanOutData } from "./fan-out-spec";

/** The owner as the permission table sees them: a subscription reads with its owner's rights. */
const ownerAsViewer = (owner: { id: string; email: string; name: string; role: Viewer["role"] }): Viewer => ({ ...owner, sessionId: "" });

/**
 * One event to every subscription that asked for it and whose owner may see the case now (the
 * permission table's `case.view`, with the case's assignments; an inactive owner gets nothing).
 * Each gets a delivery row and a delivery job, in one transaction. The message id is derived from
 * the event and the subscription, so a fan-out job run twice (a lost lease) adds nothing.
 */
export async function fanOut(db: PrismaClient, data: FanOutData): Promise<number> {
  const incident = await db.incident.findUnique({ where: { id: data.incidentId }, select: { id: true, slug: true, deletedAt: true, assignments: { select: { userId: true } } } });
  if (!incident || incident.deletedAt) return 0;
  const access = { assignedUserIds: incident.assignments.map((a) => a.userId) };
  const subscriptions = await db.webhookSubscription.findMany({
    where: { enabled: true, events: { has: data.type }, owner: { active: true } },
    select: { id: true, owner: { select: { id: true, email: true, name: true, role: true } } },
  });
  const receiving = subscriptions.filter((s) => can(ownerAsViewer(s.owner), "case.view", access));
  if (receiving.length === 0) return 0;
  const payload: WebhookPayload = { type: data.type, id: data.eventId, timestamp: data.occurredAt, data: { ...data.facts, case: { id: incident.id, slug: incident.slug } } };
  return db.$transaction(
    async (tx) => {
      const created = await tx.webhookDelivery.createManyAndReturn({
        data: receiving.map((s) => ({ subscriptionId: s.id, messageId: `msg_${data.eventId.slice(4)}_${s.id}`, eventType: data.type, incidentId: incident.id, payload: payload as object })),
        skipDuplicates: true,
        select: { id: true },
      });
      for (const { id } of created) await enqueueJob(tx, "webhooks.deliver", { deliveryId: id });
      return created.length;
    },
    { timeout: 60_000 },
  );
}

/** A fresh message id for a replay: the receiver must not take it for the message it already has. */
export const replayMessageId = () => `msg_${randomUUID()}`;
