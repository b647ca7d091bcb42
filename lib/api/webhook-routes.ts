// The /api/v1/webhooks routes' shared pieces: the scope and permission, the subscription as the
// API shows it, and the webhook definitions' refusals as problem documents. Every write goes
// through the same definitions as the subscription page's buttons (lib/webhooks/mutations.ts).
import "server-only";
import { executeAction } from "@/lib/actions/execute-action";
import type { ActionResult } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import en from "@/lib/i18n/messages/en.json";
import { getWebhook } from "@/lib/webhooks/list-webhooks";
import { managedBy, webhookActions } from "@/lib/webhooks/mutations";
import { actionResponse, versionFromIfMatch } from "./action-response";
import { apiRoute, type ApiRouteOptions } from "./api-route";
import { problemResponse } from "./problem";

export const WEBHOOK_ROUTE = { scope: "webhooks:manage", action: "webhook.manage", notFound: "No such subscription (or delivery) among those the token's owner manages." } as const satisfies Partial<ApiRouteOptions<unknown>>;

/** Ids in an address: anything else is "not found" before a query is made. */
export const isId = (value: string | undefined): value is string => typeof value === "string" && /^[a-z0-9]{1,64}$/i.test(value);

export const subscriptionNotFound = () => problemResponse("not-found", "No such subscription.");
export const WEBHOOK_JSON_HEADERS = { "Cache-Control": "private, no-store" };

/**
 * One subscription as the API shows it, with its latest deliveries; the signing secret only when
 * asked for (the answers to creating and rotating, to the subscription's owner): reading a
 * subscription never returns it, so a token that only reads cannot leak it.
 */
export async function webhookAnswer(viewer: Viewer, id: string, options: { status?: number; withSecret?: boolean } = {}): Promise<Response> {
  const webhook = await getWebhook(viewer, id);
  if (!webhook) return subscriptionNotFound();
  const { secret, ...rest } = webhook;
  const body = options.withSecret ? { ...rest, secret } : rest;
  return Response.json(body, { status: options.status ?? 200, headers: { ...WEBHOOK_JSON_HEADERS, ETag: `"${webhook.version}"` } });
}

const webhookMessages = en.webhooks as Record<string, unknown>;
const validationMessages = en.validation.webhooks as Record<string, string>;

/**
 * A webhook definition's refusal as a problem: a stale version is 412 with the version stored
 * now; "already enabled", "already paused" and "enable before replaying" are 409 in words; an
 * address the outbound rules refuse is 400 with the reason under `errors.url`.
 */
export async function webhookResultResponse<T>(result: ActionResult<T>, options: { subscriptionId: string; ok: (data: T) => Promise<Response> }): Promise<Response> {
  if (result.ok) return options.ok(result.data);
  if (result.error === "conflict" && result.message === "webhooks.changedMeanwhile") {
    const current = await prisma.webhookSubscription.findUnique({ where: { id: options.subscriptionId }, select: { version: true } });
    if (!current) return subscriptionNotFound();
    return problemResponse("precondition-failed", "The subscription changed since that version.", { extensions: { currentVersion: current.version, changedBy: null, changedAt: null }, headers: { ETag: `"${current.version}"` } });
  }
  if (result.error === "conflict" && result.message.startsWith("webhooks.")) {
    const words = webhookMessages[result.message.slice("webhooks.".length)];
    return problemResponse("conflict", typeof words === "string" ? words : result.message);
  }
  const urlKey = result.error === "invalid" ? result.fieldErrors?.url?.[0] : undefined;
  if (urlKey?.startsWith("validation.webhooks.")) {
    const detail = validationMessages[urlKey.slice("validation.webhooks.".length)] ?? "The address is refused.";
    return problemResponse("invalid-body", detail, { extensions: { errors: result.fieldErrors ?? {} } });
  }
  return actionResponse(result);
}

/** Whether the delivery named in an address belongs to the subscription named before it, among those the viewer manages. */
export async function deliveryOfSubscription(viewer: Viewer, subscriptionId: string, deliveryId: string): Promise<boolean> {
  if (!isId(subscriptionId) || !isId(deliveryId)) return false;
  return (await prisma.webhookDelivery.count({ where: { id: deliveryId, subscriptionId, subscription: managedBy(viewer) } })) > 0;
}

/**
 * `POST /api/v1/webhooks/{webhookId}/<verb>` (or DELETE): one of the subscription page's buttons,
 * from the version the client read (`If-Match`, as its ETag said). Answers the subscription as it
 * is now; after a rotation, with its new secret for its owner.
 */
export function webhookVersionedWrite(options: { verb: "enable" | "pause" | "rotateSecret" | "delete"; summary: string; conflicts?: string }) {
  const definition = webhookActions[options.verb];
  return apiRoute<undefined, { webhookId: string }>({ ...WEBHOOK_ROUTE, ifMatch: true, summary: options.summary, conflicts: options.conflicts }, async ({ request, viewer, params }) => {
    if (!isId(params.webhookId)) return subscriptionNotFound();
    const version = versionFromIfMatch(request);
    if (version instanceof Response) return version;
    const subscriptionId = params.webhookId;
    const result = await executeAction(viewer, definition, { subscriptionId, version });
    return webhookResultResponse(result, {
      subscriptionId,
      ok: async () => (options.verb === "delete" ? Response.json({ id: subscriptionId, deleted: true }, { headers: WEBHOOK_JSON_HEADERS }) : webhookAnswer(viewer, subscriptionId, { withSecret: options.verb === "rotateSecret" })),
    });
  });
}
