import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { ApiTokenKind } from "@/lib/generated/prisma/enums";

/** A token as its list shows it: never its secret or hash. */
export interface TokenRow {
  id: string;
  name: string;
  kind: ApiTokenKind;
  hint: string;
  ownerName: string;
  scopes: string[];
  expiresAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const select = { id: true, name: true, kind: true, hint: true, scopes: true, expiresAt: true, lastUsedAt: true, revokedAt: true, owner: { select: { name: true } } } as const;

const toRow = ({ owner, ...token }: { owner: { name: string } } & Omit<TokenRow, "ownerName">): TokenRow => ({ ...token, ownerName: owner.name });

export async function listPersonalTokens(ownerId: string): Promise<TokenRow[]> {
  return (await prisma.apiToken.findMany({ where: { ownerId, kind: "personal" }, orderBy: { createdAt: "desc" }, select })).map(toRow);
}

export async function listServiceTokens(): Promise<TokenRow[]> {
  return (await prisma.apiToken.findMany({ where: { kind: "service" }, orderBy: { createdAt: "desc" }, select })).map(toRow);
}

/** Who a service token may act as: active users, by name. */
export async function serviceTokenOwners() {
  return prisma.user.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true } });
}
