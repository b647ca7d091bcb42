import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import type { WebhookEvent } from "./events";
import { FAN_OUT_JOB, type FanOutData } from "./fan-out-spec";

type Tx = Prisma.TransactionClient;

/** Small closed facts about the change (a state, a version number); never free text from the record. */
type WebhookFacts = Record<string, string | number | null>;

/**
 * Announces an event on a case, inside the transaction of the change (the outbox): the fan-out
 * job (lib/webhooks/fan-out.ts) becomes visible when the change commits and vanishes with it on a
 * rollback. When no enabled subscription asks for this event, nothing is queued at all, so a
 * Casefile without webhooks pays one indexed count per change.
 */
export interface WebhookEventInput {
  type: WebhookEvent;
  incidentId: string;
  facts?: WebhookFacts;
}

export async function emitWebhookEvent(tx: Tx, event: WebhookEventInput): Promise<void> {
  const listening = await tx.webhookSubscription.count({ where: { enabled: true, events: { has: event.type } } });
  if (listening === 0) return;
  await enqueueJob(tx, FAN_OUT_JOB.name, fanOutData(event, new Date()));
}

/** The fan-out job's data for one event (a fresh event id: the `webhook-id`s derive from it). */
export function fanOutData(event: WebhookEventInput, occurredAt: Date): FanOutData {
  return { eventId: `evt_${randomUUID()}`, type: event.type, incidentId: event.incidentId, occurredAt: occurredAt.toISOString(), facts: event.facts ?? {} };
}
