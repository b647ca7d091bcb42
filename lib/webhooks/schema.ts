import { z } from "zod";
import { httpUrl, id, version } from "@/lib/validation/fields";
import { WEBHOOK_EVENTS } from "./events";

/** Events come as one form field per checked box (or an array from an API). */
const events = z.preprocess((v) => (typeof v === "string" ? [v] : v ?? []), z.array(z.enum(WEBHOOK_EVENTS)).min(1, "validation.webhooks.noEvents").max(WEBHOOK_EVENTS.length));

export const createWebhookSchema = z.object({ url: httpUrl, events }).strict();
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

/** A change to one subscription from the version the owner read: enable, pause, delete, rotate the secret. */
export const webhookVersionSchema = z.object({ subscriptionId: id, version }).strict();
export type WebhookVersionInput = z.infer<typeof webhookVersionSchema>;

export const replayDeliverySchema = z.object({ deliveryId: id }).strict();
export type ReplayDeliveryInput = z.infer<typeof replayDeliverySchema>;
