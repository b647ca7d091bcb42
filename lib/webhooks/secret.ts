import { randomBytes } from "node:crypto";

/** A signing secret as Standard Webhooks writes it: `whsec_` and the base64 of 24 random bytes (192 bits). */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString("base64")}`;
