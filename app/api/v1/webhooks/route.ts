import { executeAction } from "@/lib/actions/execute-action";
import { apiRoute } from "@/lib/api/api-route";
import { WEBHOOK_JSON_HEADERS, WEBHOOK_ROUTE, webhookAnswer, webhookResultResponse } from "@/lib/api/webhook-routes";
import { listWebhooks } from "@/lib/webhooks/list-webhooks";
import { webhookActions } from "@/lib/webhooks/mutations";

// GET /api/v1/webhooks: the subscriptions the token's owner manages (their own; every one for an administrator).
export const GET = apiRoute({ ...WEBHOOK_ROUTE, summary: "List the webhook subscriptions the token's owner manages" }, async ({ viewer }) =>
  Response.json({ items: await listWebhooks(viewer) }, { headers: WEBHOOK_JSON_HEADERS }),
);

// POST /api/v1/webhooks: subscribes an https address (checked against the outbound rules, DNS
// included) through the subscription form's own definition; answers with the signing secret.
export const POST = apiRoute(
  { ...WEBHOOK_ROUTE, body: { schema: webhookActions.create.schema }, summary: "Subscribe an address to events (answers with the signing secret)", success: { status: 201, description: "The subscription, with its signing secret." } },
  async ({ viewer, body }) => {
    const result = await executeAction(viewer, webhookActions.create, body);
    return webhookResultResponse(result, { subscriptionId: "", ok: ({ id }) => webhookAnswer(viewer, id, { status: 201, withSecret: true }) });
  },
);
