import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import type { WebhookEvent } from "./events";

type Tx = Prisma.TransactionClient;

/** Small closed facts about the change (a state, a version number); never free text from the record. */
export type WebhookFacts = Record<string, string | number | null>;

/**
 * Announces an event on a case, inside the transaction of the change (the outbox): the fan-out
 * job (lib/webhooks/fan-out.ts) becomes visible when the change commits and vanishes with it on a
 * rollback. When no enabled subscription asks for this event, nothing is queued at all, so a
 * Casefile without webhooks pays one indexed count per change.
 */
export async function emitWebhookEvent(tx: Tx, event: { type: WebhookEvent; incidentId: string; facts?: WebhookFacts }): Promise<void> {
  const listening = await tx.webhookSubscription.count({ where: { enabled: true, events: { has: event.type } } });
  if (listening === 0) return;
  await enqueueJob(tx, "webhooks.fan-out", {
    eventId: `evt_${randomUUID()}`,
    type: event.type,
    incidentId: event.incidentId,
    occurredAt: new Date().toISOString(),
    facts: event.facts ?? {},
  });
}
