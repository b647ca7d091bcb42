import { webhookVersionedWrite } from "@/lib/api/webhook-routes";

// POST /api/v1/webhooks/<id>/enable with If-Match: enables a paused or disabled subscription again (its address checked again).
export const POST = webhookVersionedWrite({ verb: "enable", summary: "Enable a paused or disabled subscription again (If-Match: the version read)", conflicts: "The subscription is already enabled." });
