// The events a subscription may ask for, and what a message says. Pure: shared by the form, the
// schema, the emitters and docs/webhooks.md. A message names the case and what happened to it,
// nothing of the case's record: the receiver reads more through the API with its own rights.

export const WEBHOOK_EVENTS = [
  "case.opened",
  "case.state_changed",
  "proposal.waiting",
  "case.decided",
  "publication.published",
  "publication.taken_down",
  "series.imported",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The body of every message (JSON). `id` is the event's, shared by its messages to every subscription. */
export interface WebhookPayload {
  type: WebhookEvent;
  /** The event's own id; the `webhook-id` header names the message (one per subscription). */
  id: string;
  timestamp: string;
  data: {
    case: { id: string; slug: string };
    /** Small, closed facts about the change: the new state, a version number. Never free text. */
    [key: string]: unknown;
  };
}
