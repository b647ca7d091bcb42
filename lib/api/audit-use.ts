import "server-only";
import type { NextRequest } from "next/server";
import { requestClientIp } from "@/lib/auth/client-ip";
import { actorOf, recordAudit, type AuditEntry } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";
import type { ApiCaller } from "@/lib/api-tokens/resolve-token";

/** One audit row per API request: which token, whose, what was asked and how it was answered. */
export function tokenUseEntry(caller: ApiCaller, options: { request: NextRequest; status: number }): AuditEntry {
  const { request, status } = options;
  return {
    actor: actorOf(caller.viewer),
    action: "api_token.used",
    entityType: "api_token",
    entityId: caller.token.id,
    after: { tokenName: caller.token.name, ownerName: caller.token.ownerName, method: request.method, path: request.nextUrl.pathname, status },
    ip: requestClientIp(request.headers, env().TRUST_PROXY_HOPS),
  };
}

/**
 * The row for a request that changed nothing (a read, a refusal): a single insert. A write's row
 * goes into the write's own transaction instead (lib/audit/request-audit.ts, from api-route.ts).
 */
export async function auditTokenUse(entry: AuditEntry): Promise<void> {
  await recordAudit(prisma, entry);
}
