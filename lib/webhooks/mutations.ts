import "server-only";
import { defineAction } from "@/lib/actions/execute-action";
import { ActionError, refuseField } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import { can, type Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { replayMessageId } from "./fan-out";
import { refuseTarget } from "./outbound";
import { createWebhookSchema, replayDeliverySchema, webhookVersionSchema, type CreateWebhookInput, type ReplayDeliveryInput, type WebhookVersionInput } from "./schema";
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

/** The subscription as the viewer may manage it (with its version), or "not found". */
async function findManaged(viewer: Viewer, subscriptionId: string) {
  assertCan(viewer, "webhook.manage");
  const found = await prisma.webhookSubscription.findFirst({ where: { id: subscriptionId, ...managedBy(viewer) }, select: { ...AUDITED, version: true } });
  if (!found) throw new ActionError("not_found", "No such subscription.");
  const { version, ...audited } = found;
  return { audited, version };
}

type Tx = Prisma.TransactionClient;

/**
 * Applies `data` only if the subscription is still at the version the viewer read (and `where`
 * still holds), then audits the change; zero rows changed is a conflict, never a silent overwrite.
 */
async function changeVersioned(tx: Tx, options: { viewer: Viewer; input: WebhookVersionInput; before: Record<string, unknown>; where?: Prisma.WebhookSubscriptionWhereInput; data: Prisma.WebhookSubscriptionUpdateManyMutationInput; action: "webhook.enabled" | "webhook.paused" | "webhook.secret_rotated" }) {
  const { viewer, input } = options;
  const { count } = await tx.webhookSubscription.updateMany({ where: { id: input.subscriptionId, version: input.version, ...options.where }, data: { ...options.data, version: { increment: 1 } } });
  if (count === 0) throw new ActionError("conflict", "webhooks.changedMeanwhile");
  const after = await tx.webhookSubscription.findUniqueOrThrow({ where: { id: input.subscriptionId }, select: AUDITED });
  await recordAudit(tx, { actor: actorOf(viewer), action: options.action, entityType: "webhook_subscription", entityId: input.subscriptionId, before: options.before, after });
  return { id: input.subscriptionId };
}

/** Enables a disabled or paused subscription again (its URL checked again), with a clean failure count. */
async function enableWebhook(viewer: Viewer, input: WebhookVersionInput) {
  const { audited: before } = await findManaged(viewer, input.subscriptionId);
  if (before.enabled) throw new ActionError("conflict", "webhooks.alreadyEnabled");
  await checkUrl(before.url);
  return prisma.$transaction((tx) =>
    changeVersioned(tx, { viewer, input, before, where: { enabled: false }, data: { enabled: true, disabledAt: null, disabledReason: null, consecutiveFailures: 0, failingSince: null }, action: "webhook.enabled" }),
  );
}

/**
 * Pauses a subscription (its owner's choice, `disabledReason: paused`): nothing more is queued
 * for it, and what was waiting to be sent is given up in the same transaction (the log says
 * so; the owner replays what they need after enabling it again). An attempt already on the wire
 * finishes; every later one finds the subscription disabled and sends nothing.
 */
async function pauseWebhook(viewer: Viewer, input: WebhookVersionInput) {
  const { audited: before } = await findManaged(viewer, input.subscriptionId);
  if (!before.enabled) throw new ActionError("conflict", "webhooks.alreadyPaused");
  return prisma.$transaction(async (tx) => {
    const done = await changeVersioned(tx, { viewer, input, before, where: { enabled: true }, data: { enabled: false, disabledAt: new Date(), disabledReason: "paused" }, action: "webhook.paused" });
    await tx.webhookDelivery.updateMany({ where: { subscriptionId: input.subscriptionId, status: { in: ["pending", "failed"] } }, data: { status: "given_up", nextAttemptAt: null, lastError: PAUSED_ERROR } });
    return done;
  });
}

/** What the delivery log says of a message that was waiting when its subscription was paused. */
export const PAUSED_ERROR = "Not sent: the subscription was paused.";

/**
 * A new signing secret. It signs every attempt from the commit on (each attempt reads the secret
 * when it claims its delivery); the old one signs nothing more. The audit row names the change,
 * never either secret.
 */
async function rotateWebhookSecret(viewer: Viewer, input: WebhookVersionInput) {
  const { audited: before } = await findManaged(viewer, input.subscriptionId);
  return prisma.$transaction((tx) => changeVersioned(tx, { viewer, input, before, data: { secret: newWebhookSecret() }, action: "webhook.secret_rotated" }));
}

/**
 * Deletes a subscription and its delivery log (the log is the subscription's own record and
 * holds its messages' payloads; the audit trail keeps who deleted what, with the address and
 * events, and how many deliveries went with it). A delivery job that runs later finds nothing.
 */
async function deleteWebhook(viewer: Viewer, input: WebhookVersionInput) {
  const { audited: before } = await findManaged(viewer, input.subscriptionId);
  return prisma.$transaction(async (tx) => {
    const deliveries = await tx.webhookDelivery.count({ where: { subscriptionId: input.subscriptionId } });
    const { count } = await tx.webhookSubscription.deleteMany({ where: { id: input.subscriptionId, version: input.version } });
    if (count === 0) throw new ActionError("conflict", "webhooks.changedMeanwhile");
    await recordAudit(tx, { actor: actorOf(viewer), action: "webhook.deleted", entityType: "webhook_subscription", entityId: input.subscriptionId, before: { ...before, deliveries } });
    return { id: input.subscriptionId };
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

/** The definitions the server actions wrap; the `/api/v1/webhooks` routes call the same ones. */
export const webhookActions = {
  create: defineAction(createWebhookSchema, createWebhook),
  enable: defineAction(webhookVersionSchema, enableWebhook),
  pause: defineAction(webhookVersionSchema, pauseWebhook),
  rotateSecret: defineAction(webhookVersionSchema, rotateWebhookSecret),
  delete: defineAction(webhookVersionSchema, deleteWebhook),
  replay: defineAction(replayDeliverySchema, replayDelivery),
};
