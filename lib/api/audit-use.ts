import "server-only";
import type { NextRequest } from "next/server";
import { requestClientIp } from "@/lib/auth/client-ip";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import type { ApiCaller } from "@/lib/api-tokens/resolve-token";

/**
 * One audit row per API request: which token, whose, what was asked and how it was answered.
 * A single insert (no transaction of its own): a write's own audit rows, in the write's
 * transaction, name the token's owner as their actor; this row adds which token it was.
 */
export async function auditTokenUse(caller: ApiCaller, options: { request: NextRequest; status: number }): Promise<void> {
  const { request, status } = options;
  await recordAudit(prisma, {
    actor: actorOf(caller.viewer),
    action: "api_token.used",
    entityType: "api_token",
    entityId: caller.token.id,
    after: { tokenName: caller.token.name, ownerName: caller.token.ownerName, method: request.method, path: request.nextUrl.pathname, status },
    ip: requestClientIp(request.headers, env().TRUST_PROXY_HOPS),
  });
}
