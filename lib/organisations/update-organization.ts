import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Organization } from "@/lib/generated/prisma/client";
import { fail, refuseField } from "@/lib/actions/result";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { conflictError } from "@/lib/cases/versioned-items";
import { cleanAliases } from "./merge-rules";
import type { UpdateOrganizationInput } from "./schema";

/**
 * Saves an organisation's own record, only while the stored version is still the one the form
 * was opened on (a stale save answers who saved first, as the kit's items do). A merged-away
 * organisation is not edited: its record lives on in the survivor.
 */
export async function updateOrganization(viewer: Viewer, input: UpdateOrganizationInput): Promise<Organization> {
  assertCan(viewer, "organization.edit");
  const { organizationId, version, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: organizationId } });
    if (!before) return fail("not_found", "No such organisation.");
    if (before.mergedIntoId) refuseField("name", "validation.organization.mergedAway");
    const names = [fields.name, fields.nameKo].filter((n): n is string => Boolean(n));
    const clash = await tx.organization.findFirst({
      where: { id: { not: organizationId }, mergedIntoId: null, OR: names.flatMap((name) => [{ name: { equals: name, mode: "insensitive" as const } }, { nameKo: { equals: name, mode: "insensitive" as const } }]) },
      select: { id: true },
    });
    if (clash) refuseField("name", "validation.organization.exists");
    const data = { ...fields, aliases: cleanAliases(fields.aliases, [fields.name]), aliasesKo: cleanAliases(fields.aliasesKo, [fields.nameKo]) };
    const { count } = await tx.organization.updateMany({ where: { id: organizationId, version, mergedIntoId: null }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw await conflictError(tx, "organization", organizationId, await tx.organization.findUniqueOrThrow({ where: { id: organizationId } }));
    const after = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } });
    await recordAudit(tx, { actor: actorOf(viewer), action: "organization.updated", entityType: "organization", entityId: organizationId, before, after });
    return after;
  });
}
