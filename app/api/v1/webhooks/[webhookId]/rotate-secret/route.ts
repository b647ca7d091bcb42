import { webhookVersionedWrite } from "@/lib/api/webhook-routes";

// POST /api/v1/webhooks/<id>/rotate-secret with If-Match: a new signing secret, in the answer (to the owner); the old one signs nothing more.
export const POST = webhookVersionedWrite({ verb: "rotateSecret", summary: "Replace the signing secret (If-Match: the version read; answers with the new secret)" });
