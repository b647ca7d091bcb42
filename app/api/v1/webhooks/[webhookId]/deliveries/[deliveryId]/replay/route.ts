import { executeAction } from "@/lib/actions/execute-action";
import { apiRoute } from "@/lib/api/api-route";
import { WEBHOOK_JSON_HEADERS, WEBHOOK_ROUTE, deliveryOfSubscription, subscriptionNotFound, webhookResultResponse } from "@/lib/api/webhook-routes";
import { webhookActions } from "@/lib/webhooks/mutations";

// POST /api/v1/webhooks/<id>/deliveries/<deliveryId>/replay: the same payload as a new delivery with a new webhook-id.
export const POST = apiRoute<undefined, { webhookId: string; deliveryId: string }>(
  { ...WEBHOOK_ROUTE, summary: "Send a delivery's message again, as a new message", conflicts: "The subscription is paused or disabled.", success: { status: 201, description: "The new delivery." } },
  async ({ viewer, params }) => {
    if (!(await deliveryOfSubscription(viewer, params.webhookId, params.deliveryId))) return subscriptionNotFound();
    const result = await executeAction(viewer, webhookActions.replay, { deliveryId: params.deliveryId });
    return webhookResultResponse(result, { subscriptionId: params.webhookId, ok: async ({ id }) => Response.json({ id, replayOf: params.deliveryId }, { status: 201, headers: WEBHOOK_JSON_HEADERS }) });
  },
);
