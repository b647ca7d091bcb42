import { webhookVersionedWrite } from "@/lib/api/webhook-routes";

// POST /api/v1/webhooks/<id>/pause with If-Match: nothing more is sent; what was waiting is given up.
export const POST = webhookVersionedWrite({ verb: "pause", summary: "Pause a subscription (If-Match: the version read)", conflicts: "The subscription is already paused or disabled." });
