import { apiRoute } from "@/lib/api/api-route";
import { WEBHOOK_ROUTE, isId, subscriptionNotFound, webhookAnswer, webhookVersionedWrite } from "@/lib/api/webhook-routes";

// GET /api/v1/webhooks/<id>: one subscription with its latest deliveries (never its secret); ETag: its version.
export const GET = apiRoute<undefined, { webhookId: string }>({ ...WEBHOOK_ROUTE, summary: "Read a subscription with its latest deliveries" }, async ({ viewer, params }) =>
  isId(params.webhookId) ? webhookAnswer(viewer, params.webhookId) : subscriptionNotFound(),
);

// DELETE /api/v1/webhooks/<id> with If-Match: deletes the subscription and its delivery log (audited).
export const DELETE = webhookVersionedWrite({ verb: "delete", summary: "Delete a subscription and its delivery log (If-Match: the version read)" });
