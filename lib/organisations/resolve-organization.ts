import "server-only";
import { randomBytes } from "node:crypto";
import type { Organization, Prisma } from "@/lib/generated/prisma/client";
import { refuseField } from "@/lib/actions/result";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { proposeSlug } from "@/lib/cases/slug";
import type { OrganizationRef } from "./schema";

type Tx = Prisma.TransactionClient;

/**
 * The organisation a form named, inside the transaction that uses it: an existing one (refused
 * when it does not exist), or a new one, created here. A new name that an organisation already
 * has (in either language, any case, or as an alias) is refused, so the picker's search is used instead of
 * making a second "Alipay". Whoever creates must also audit it (auditOrganizationCreated), once
 * the case it belongs to exists.
 */
export async function resolveOrganization(tx: Tx, ref: OrganizationRef, field: string): Promise<{ id: string; created: Organization | null }> {
  if (ref.mode === "existing") {
    // FOR SHARE: a merge running now (it locks both organisations FOR UPDATE) finishes first, so a
    // record never names an organisation that a merge has just retired behind its back.
    const [found] = await tx.$queryRaw<{ id: string; mergedIntoId: string | null }[]>`SELECT id, "mergedIntoId" FROM organizations WHERE id = ${ref.id} FOR SHARE`;
    if (!found) return refuseField(field, "validation.organization.missing");
    // A merged-away organisation lives on in its survivor; naming it again would split them anew.
    if (found.mergedIntoId) return refuseField(field, "validation.organization.mergedAway");
    return { id: found.id, created: null };
  }
  const names = [ref.name, ref.nameKo].filter((n): n is string => Boolean(n));
  const clash = await tx.organization.findFirst({
    where: {
      mergedIntoId: null,
      OR: names.flatMap((name) => [{ name: { equals: name, mode: "insensitive" as const } }, { nameKo: { equals: name, mode: "insensitive" as const } }, { aliases: { has: name } }, { aliasesKo: { has: name } }]),
    },
    select: { id: true },
  });
  if (clash) refuseField(field, "validation.organization.exists");
  const base = proposeSlug(ref.name, { fallback: "organization" });
  const taken = await tx.organization.findUnique({ where: { slug: base }, select: { id: true } });
  const slug = taken ? `${base}-${randomBytes(3).toString("hex")}` : base;
  const created = await tx.organization.create({ data: { slug, name: ref.name, nameKo: ref.nameKo, kind: ref.kind, country: ref.country, sector: ref.sector } });
  return { id: created.id, created };
}

export async function auditOrganizationCreated(tx: Tx, viewer: Viewer, organization: Organization | null, incidentId: string): Promise<void> {
  if (!organization) return;
  await recordAudit(tx, { actor: actorOf(viewer), action: "organization.created", entityType: "organization", entityId: organization.id, incidentId, after: organization });
}
