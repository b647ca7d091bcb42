import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { hashToken, parseBearer } from "./token-format";

export interface ApiCaller {
  viewer: Viewer;
  token: { id: string; name: string; scopes: readonly string[]; ownerName: string };
}

export type TokenRefusal = "missing" | "malformed" | "unknown" | "expired" | "revoked" | "owner-inactive";

/** lastUsedAt is written at most this often per token, so a busy token does not write its row on every request. */
const LAST_USED_GRANULARITY_MS = 60_000;

/**
 * The caller behind an `Authorization` header: the token's owner as a viewer (so every
 * permission check applies unchanged), or why not. Checked against the database on every
 * request: a revoked token, an expired one or a deactivated owner is refused at once.
 */
export async function resolveToken(header: string | null, now = new Date()): Promise<{ ok: true; caller: ApiCaller } | { ok: false; refusal: TokenRefusal }> {
  const bearer = parseBearer(header);
  if (!bearer.ok) return { ok: false, refusal: bearer.problem };
  const token = await prisma.apiToken.findUnique({
    where: { secretHash: hashToken(bearer.token) },
    include: { owner: { select: { id: true, email: true, name: true, role: true, active: true } } },
  });
  if (!token) return { ok: false, refusal: "unknown" };
  if (token.revokedAt) return { ok: false, refusal: "revoked" };
  if (token.expiresAt <= now) return { ok: false, refusal: "expired" };
  if (!token.owner.active) return { ok: false, refusal: "owner-inactive" };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    await prisma.apiToken.updateMany({ where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_GRANULARITY_MS) } }] }, data: { lastUsedAt: now } });
  }
  const { id, email, name, role } = token.owner;
  return {
    ok: true,
    caller: { viewer: { id, email, name, role, sessionId: `api-token:${token.id}` }, token: { id: token.id, name: token.name, scopes: token.scopes, ownerName: name } },
  };
}
