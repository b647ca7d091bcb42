import type { TokenRow } from "@/lib/api-tokens/list-tokens";
import type { TokenListRow } from "./token-list";

/** Plain rows for the client list, with the status as of this request. */
export const tokenListRows = (tokens: TokenRow[], now = new Date()): TokenListRow[] =>
  tokens.map((token) => ({
    id: token.id,
    name: token.name,
    hint: token.hint,
    ownerName: token.ownerName,
    scopes: token.scopes,
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    status: token.revokedAt ? "revoked" : token.expiresAt <= now ? "expired" : "active",
  }));
