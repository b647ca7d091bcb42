import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { ActionError, refuseField } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import { can, type Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { replayMessageId } from "./fan-out";
import { refuseTarget } from "./outbound";
import { createWebhookSchema, enableWebhookSchema, replayDeliverySchema, type CreateWebhookInput, type EnableWebhookInput, type ReplayDeliveryInput } from "./schema";
import { newWebhookSecret } from "./secret";

/** What the audit trail keeps of a subscription: never its secret. */
const AUDITED = { id: true, ownerId: true, url: true, events: true, enabled: true, disabledReason: true, consecutiveFailures: true } as const;

/** A subscription the viewer may manage: their own, or any for administrators. Others are "not found". */
export function managedBy(viewer: Viewer) {
  return can(viewer, "webhook.manageAll") ? {} : { ownerId: viewer.id };
}

async function checkUrl(url: string): Promise<void> {
  const refusal = await refuseTarget(url);
  if (refusal) refuseField("url", `validation.webhooks.${refusal}`);
}

/**
 * Subscribes a URL (owned by the viewer) to events. The URL is checked now, DNS included, and
 * again before every delivery (a name may change what it points at).
 */
async function createWebhook(viewer: Viewer, input: CreateWebhookInput) {
  assertCan(viewer, "webhook.manage");
  await checkUrl(input.url);
  return prisma.$transaction(async (tx) => {
    const created = await tx.webhookSubscription.create({ data: { ownerId: viewer.id, url: input.url, events: [...new Set(input.events)], secret: newWebhookSecret() }, select: AUDITED });
    await recordAudit(tx, { actor: actorOf(viewer), action: "webhook.created", entityType: "webhook_subscription", entityId: created.id, after: created });
    return { id: created.id };
  });
}

/** Enables a disabled subscription again (its URL checked again), with a clean failure count. */
async function enableWebhook(viewer: Viewer, input: EnableWebhookInput) {
  assertCan(viewer, "webhook.manage");
  const before = await prisma.webhookSubscription.findFirst({ where: { id: input.subscriptionId, ...managedBy(viewer) }, select: { ...AUDITED, version: true } });
  if (!before) throw new ActionError("not_found", "No such subscription.");
  if (before.enabled) throw new ActionError("conflict", "webhooks.alreadyEnabled");
  await checkUrl(before.url);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.webhookSubscription.updateMany({
      where: { id: before.id, version: input.version, enabled: false },
      data: { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0, failingSince: null, version: { increment: 1 } },
    });
    if (count === 0) throw new ActionError("conflict", "webhooks.changedMeanwhile");
    const after = await tx.webhookSubscription.findUniqueOrThrow({ where: { id: before.id }, select: AUDITED });
    const { version: _version, ...audited } = before;
    await recordAudit(tx, { actor: actorOf(viewer), action: "webhook.enabled", entityType: "webhook_subscription", entityId: before.id, before: audited, after });
    return { id: before.id };
  });
}

/**
 * Sends a delivery's message again as a new delivery with a new `webhook-id` (the receiver would
 * rightly drop a `webhook-id` it already has); the payload, with the event's own id, is the same.
 */
async function replayDelivery(viewer: Viewer, input: ReplayDeliveryInput) {
  assertCan(viewer, "webhook.manage");
  const original = await prisma.webhookDelivery.findFirst({
    where: { id: input.deliveryId, subscription: managedBy(viewer) },
    select: { id: true, subscriptionId: true, eventType: true, incidentId: true, payload: true, subscription: { select: { enabled: true } } },
  });
  if (!original) throw new ActionError("not_found", "No such delivery.");
  if (!original.subscription.enabled) throw new ActionError("conflict", "webhooks.replayDisabled");
  return prisma.$transaction(async (tx) => {
    const copy = await tx.webhookDelivery.create({
      data: { subscriptionId: original.subscriptionId, messageId: replayMessageId(), eventType: original.eventType, incidentId: original.incidentId, payload: original.payload ?? {}, replayOfId: original.id },
      select: { id: true, messageId: true },
    });
    await enqueueJob(tx, "webhooks.deliver", { deliveryId: copy.id });
    await recordAudit(tx, { actor: actorOf(viewer), action: "webhook.replayed", entityType: "webhook_subscription", entityId: original.subscriptionId, after: { deliveryId: copy.id, replayOf: original.id } });
    return { id: copy.id };
  });
}

/** The definitions the server actions wrap; an `/api/v1/webhooks` route can call the same ones. */
export const webhookActions = {
  create: defineAction(createWebhookSchema, createWebhook),
  enable: defineAction(enableWebhookSchema, enableWebhook),
  replay: defineAction(replayDeliverySchema, replayDelivery),
};
