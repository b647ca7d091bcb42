// The organisations that can make a statement in a case: the one investigated, the authority and
// the live recipients. The form offers these; the server refuses any other for a new statement or
// a changed party (an edit keeps the party it has, even a recipient removed from the case since).
import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail } from "@/lib/actions/result";
import { validationKey } from "@/lib/validation/message-key";

type Db = Prisma.TransactionClient | typeof prisma;

async function partyIds(db: Db, incidentId: string): Promise<string[]> {
  const incident = await db.incident.findUnique({ where: { id: incidentId }, select: { investigatedOrgId: true, authorityId: true, recipients: { where: { deletedAt: null }, select: { organizationId: true } } } });
  if (!incident) return [];
  return [...new Set([incident.investigatedOrgId, ...(incident.authorityId ? [incident.authorityId] : []), ...incident.recipients.map((r) => r.organizationId)])];
}

/**
 * The case's organisations as choices for the statement form, investigated first, then the
 * authority and the recipients; `keep` (an edited statement's party) is listed even if it is no
 * longer one of them, because the edit may keep it.
 */
export async function partyChoices(incidentId: string, options: { keep?: string } = {}) {
  const parties = await partyIds(prisma, incidentId);
  const ids = options.keep && !parties.includes(options.keep) ? [...parties, options.keep] : parties;
  const orgs = await prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, nameKo: true } });
  return ids.flatMap((id) => orgs.filter((o) => o.id === id));
}

export async function requireCaseParty(tx: Prisma.TransactionClient, incidentId: string, organizationId: unknown, kept?: unknown): Promise<void> {
  if (organizationId === undefined || (kept !== undefined && organizationId === kept)) return;
  if (typeof organizationId !== "string" || !(await partyIds(tx, incidentId)).includes(organizationId)) {
    fail("invalid", "That organisation is not a party to this case.", { organizationId: [validationKey("statement.notAParty")] });
  }
}
