import "server-only";
import type { z } from "zod";
import { defineAction } from "@/lib/actions/execute-action";
import { fail, refuseField } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db/prisma";
import type { ApiTokenKind } from "@/lib/generated/prisma/enums";
import { createPersonalTokenSchema, createServiceTokenSchema, tokenRefSchema } from "./schema";
import { generateTokenSecret, hashToken, tokenHint } from "./token-format";

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the audit trail keeps of a token: everything but its secret and hash. */
const auditable = ({ secretHash: _h, hint: _hint, ...rest }: { secretHash: string; hint: string } & Record<string, unknown>) => rest;

async function issueToken(viewer: Viewer, options: { kind: ApiTokenKind; ownerId: string; name: string; scopes: string[]; lifetimeDays: number }) {
  const secret = generateTokenSecret();
  return prisma.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { id: options.ownerId }, select: { active: true } });
    if (!owner?.active) refuseField("ownerId", "validation.apiToken.owner");
    const token = await tx.apiToken.create({
      data: {
        name: options.name,
        kind: options.kind,
        ownerId: options.ownerId,
        scopes: [...new Set(options.scopes)],
        secretHash: hashToken(secret),
        hint: tokenHint(secret),
        expiresAt: new Date(Date.now() + options.lifetimeDays * DAY_MS),
        createdById: viewer.id,
      },
    });
    await recordAudit(tx, { actor: actorOf(viewer), action: "api_token.created", entityType: "api_token", entityId: token.id, after: auditable(token) });
    // The secret leaves the server this once; only its hash is kept.
    return { id: token.id, name: token.name, secret };
  });
}

async function createPersonalToken(viewer: Viewer, input: z.output<typeof createPersonalTokenSchema>) {
  assertCan(viewer, "apiToken.manage");
  return issueToken(viewer, { kind: "personal", ownerId: viewer.id, ...input });
}

async function createServiceToken(viewer: Viewer, input: z.output<typeof createServiceTokenSchema>) {
  assertCan(viewer, "apiToken.manageService");
  return issueToken(viewer, { kind: "service", ...input });
}

/** Revoked at once: the next request with it is refused. One's own personal tokens, or any service token for administrators. */
async function revokeToken(viewer: Viewer, input: z.output<typeof tokenRefSchema>) {
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: input.tokenId } });
    const mayRevoke = token && (token.kind === "service" ? assertServiceManager(viewer) : token.ownerId === viewer.id);
    if (!token || !mayRevoke) return fail("not_found", "No such token.");
    if (token.revokedAt) return { id: token.id };
    const after = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, { actor: actorOf(viewer), action: "api_token.revoked", entityType: "api_token", entityId: token.id, before: auditable(token), after: auditable(after) });
    return { id: token.id };
  });
}

function assertServiceManager(viewer: Viewer): boolean {
  assertCan(viewer, "apiToken.manageService");
  return true;
}

export const apiTokenActions = {
  createPersonal: defineAction(createPersonalTokenSchema, createPersonalToken),
  createService: defineAction(createServiceTokenSchema, createServiceToken),
  revoke: defineAction(tokenRefSchema, revokeToken),
};
