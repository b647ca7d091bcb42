import { Webhook } from "standardwebhooks";
import { SYSTEM_ACTOR, recordAudit } from "@/lib/audit/record-audit";
import type { PrismaClient } from "@/lib/db/create-client";
import type { JobContext } from "@/lib/jobs/define-job";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { notify } from "@/lib/notifications/notify";
import { postWebhook, type PostOutcome } from "./outbound";
import { nextAttemptAt, webhookTiming } from "./retry-schedule";

export type DeliveryResult = "delivered" | "retrying" | "given_up" | "taken" | "disabled";

interface Claimed {
  id: string;
  messageId: string;
  payload: unknown;
  attempts: number;
  createdAt: Date;
  subscriptionId: string;
  url: string;
  secret: string;
  enabled: boolean;
}

/**
 * One attempt at one delivery. The row is claimed with a conditional UPDATE (waiting, or being
 * sent by a worker whose lease ran out), so two workers never send it at once, and a delivered
 * row is never claimed again: at most one success is recorded and, once the receiver answered 2xx,
 * its `webhook-id` is never sent again. Every attempt carries the same `webhook-id` and a fresh
 * timestamp and signature. A failure schedules the next attempt itself (a new job at the time the
 * retry schedule says), so the schedule is explicit rather than pg-boss's doubling; the job only
 * throws for what is unexpected (pg-boss then retries it after the lease).
 */
export async function deliverWebhook(ctx: Pick<JobContext, "db" | "leaseSeconds">, deliveryId: string): Promise<DeliveryResult> {
  const { db } = ctx;
  const [claimed] = await db.$queryRaw<Claimed[]>`
    UPDATE webhook_deliveries d
       SET status = 'sending', attempts = d.attempts + 1, "lastAttemptAt" = now(), "nextAttemptAt" = NULL
      FROM webhook_subscriptions s
     WHERE d.id = ${deliveryId} AND s.id = d."subscriptionId"
       AND (d.status IN ('pending', 'failed') OR (d.status = 'sending' AND d."lastAttemptAt" < now() - make_interval(secs => ${ctx.leaseSeconds})))
    RETURNING d.id, d."messageId", d.payload, d.attempts, d."createdAt", d."subscriptionId", s.url, s.secret, s.enabled`;
  if (!claimed) return "taken";
  if (!claimed.enabled) {
    await db.webhookDelivery.updateMany({ where: { id: claimed.id, status: "sending" }, data: { status: "given_up", lastError: "The subscription is disabled." } });
    return "disabled";
  }
  const body = JSON.stringify(claimed.payload);
  const signature = new Webhook(claimed.secret).sign(claimed.messageId, new Date(), body);
  const now = new Date();
  const outcome = await postWebhook({
    url: claimed.url,
    body,
    headers: { "webhook-id": claimed.messageId, "webhook-timestamp": String(Math.floor(now.getTime() / 1_000)), "webhook-signature": signature },
  });
  if (outcome.ok) return recordSuccess(db, claimed, outcome.statusCode);
  return recordFailure(db, claimed, outcome);
}

// Both outcomes tolerate a subscription deleted while its attempt was on the wire: the delivery
// row went with it (cascade), so there is nothing left to record.
async function recordSuccess(db: PrismaClient, claimed: Claimed, statusCode: number): Promise<DeliveryResult> {
  await db.$transaction([
    db.webhookDelivery.updateMany({ where: { id: claimed.id, status: "sending" }, data: { status: "delivered", deliveredAt: new Date(), lastStatusCode: statusCode, lastError: null } }),
    db.webhookSubscription.updateMany({ where: { id: claimed.subscriptionId }, data: { consecutiveFailures: 0, failingSince: null } }),
  ]);
  return "delivered";
}

async function recordFailure(db: PrismaClient, claimed: Claimed, outcome: Extract<PostOutcome, { ok: false }>): Promise<DeliveryResult> {
  const now = new Date();
  const next = nextAttemptAt({ attemptsMade: claimed.attempts, firstAttemptAt: claimed.createdAt, now });
  return db.$transaction(async (tx) => {
    const failure = { lastStatusCode: outcome.statusCode, lastError: outcome.error.slice(0, 1_000) };
    const { count } = await tx.webhookDelivery.updateMany({ where: { id: claimed.id, status: "sending" }, data: { ...failure, status: next ? "failed" : "given_up", nextAttemptAt: next } });
    if (count === 0) return "taken";
    const subscription = await tx.webhookSubscription.update({
      where: { id: claimed.subscriptionId },
      data: { consecutiveFailures: { increment: 1 } },
      select: { id: true, ownerId: true, url: true, failingSince: true, enabled: true, consecutiveFailures: true },
    });
    const failingSince = subscription.failingSince ?? now;
    if (!subscription.failingSince) await tx.webhookSubscription.update({ where: { id: subscription.id }, data: { failingSince } });
    if (next) {
      await enqueueJob(tx, "webhooks.deliver", { deliveryId: claimed.id }, { startAfter: next });
      return "retrying";
    }
    const failingFor = now.getTime() - failingSince.getTime();
    if (subscription.enabled && failingFor >= webhookTiming().disableAfterFailingSeconds * 1_000) {
      const disabled = await tx.webhookSubscription.update({
        where: { id: subscription.id },
        data: { enabled: false, disabledAt: now, disabledReason: "failing", version: { increment: 1 } },
        select: { id: true, url: true, events: true, enabled: true, disabledReason: true, consecutiveFailures: true },
      });
      await recordAudit(tx, { actor: SYSTEM_ACTOR, action: "webhook.disabled", entityType: "webhook_subscription", entityId: subscription.id, before: { enabled: true }, after: disabled });
      await notify(tx, { kind: "webhook_disabled", recipientIds: [subscription.ownerId], actorId: null, path: `/workspace/webhooks/${subscription.id}` });
    }
    return "given_up";
  });
}
