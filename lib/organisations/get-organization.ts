import "server-only";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";
import { visibleCasesSql, visibleCasesWhere } from "@/lib/cases/visibility";

/** The roles an organisation plays in a case, in the order the page lists them. */
const CASE_ROLES = ["investigated", "authority", "recipient", "statement", "figure", "sanction"] as const;
type CaseRole = (typeof CASE_ROLES)[number];

export interface OrganizationCase {
  id: string;
  slug: string;
  title: string;
  titleKo: string | null;
  state: string;
  openedAt: Date;
  roles: CaseRole[];
}

/**
 * The cases the organisation appears in, with every role it plays there, among the cases the
 * viewer may see (visibleCasesSql). One query: each role is an indexed lookup by organisation,
 * and the cases are joined once, so 500 cases cost one round trip.
 */
async function listCasesOf(viewer: Viewer, organizationId: string): Promise<OrganizationCase[]> {
  return prisma.$queryRaw<OrganizationCase[]>(Prisma.sql`
    WITH refs AS (
      SELECT id AS incident_id, 'investigated' AS role FROM incidents WHERE "investigatedOrgId" = ${organizationId}
      UNION ALL SELECT id, 'authority' FROM incidents WHERE "authorityId" = ${organizationId}
      UNION ALL SELECT "incidentId", 'recipient' FROM incident_recipients WHERE "organizationId" = ${organizationId} AND "deletedAt" IS NULL
      UNION ALL SELECT "incidentId", 'statement' FROM statements WHERE "organizationId" = ${organizationId} AND "deletedAt" IS NULL
      UNION ALL SELECT "incidentId", 'figure' FROM incident_figures WHERE "organizationId" = ${organizationId} AND "deletedAt" IS NULL
      UNION ALL SELECT "incidentId", 'sanction' FROM sanctions WHERE "subjectOrgId" = ${organizationId}
    )
    SELECT i.id, i.slug, i.title, i."titleKo", i."workflowState"::text AS state, i."openedAt", array_agg(DISTINCT r.role) AS roles
    FROM refs r JOIN incidents i ON i.id = r.incident_id
    WHERE ${visibleCasesSql(viewer)}
    GROUP BY i.id
    ORDER BY i."openedAt" DESC, i.id`);
}

/** The sanctions naming the organisation as their subject, as they stand now (the latest version of each), on visible cases. */
function listSanctionsOf(viewer: Viewer, organizationId: string) {
  return prisma.sanction.findMany({
    where: { subjectOrgId: organizationId, supersededBy: null, incident: visibleCasesWhere(viewer) },
    select: { id: true, type: true, status: true, amountMinor: true, proposedAmountMinor: true, currency: true, decisionDate: true, appealOutcome: true, incident: { select: { slug: true, title: true, titleKo: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
}

/** The merges that stand: organisations merged into this one, each with its audit row (for the undo). */
async function listMergedInto(organizationId: string) {
  const duplicates = await prisma.organization.findMany({ where: { mergedIntoId: organizationId }, select: { id: true, slug: true, name: true, nameKo: true, mergedAt: true }, orderBy: { mergedAt: "desc" } });
  if (duplicates.length === 0) return [];
  const rows = await prisma.auditEvent.findMany({
    where: { action: "organization.merged", entityId: { in: duplicates.map((d) => d.id) } },
    select: { id: true, entityId: true, actorLabel: true, occurredAt: true },
    orderBy: { id: "desc" },
  });
  return duplicates.map((d) => {
    const row = rows.find((r) => r.entityId === d.id);
    return { ...d, auditId: row ? row.id.toString() : null, mergedBy: row?.actorLabel ?? null };
  });
}

/** Where a merged-away organisation went, and the audit row of that merge. */
async function mergeOf(organization: { id: string; mergedIntoId: string | null }) {
  if (!organization.mergedIntoId) return null;
  const [survivor, row] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: organization.mergedIntoId }, select: { slug: true, name: true, nameKo: true } }),
    prisma.auditEvent.findFirst({ where: { action: "organization.merged", entityId: organization.id }, select: { id: true, actorLabel: true }, orderBy: { id: "desc" } }),
  ]);
  return { survivor, auditId: row ? row.id.toString() : null, mergedBy: row?.actorLabel ?? null };
}

/** Everything the organisation page shows, restricted to the cases the viewer may see; null when there is no such organisation. */
export async function getOrganizationPage(viewer: Viewer, slug: string) {
  const organization = await prisma.organization.findUnique({ where: { slug } });
  if (!organization) return null;
  const [cases, sanctions, merges, mergedInto] = await Promise.all([
    listCasesOf(viewer, organization.id),
    listSanctionsOf(viewer, organization.id),
    listMergedInto(organization.id),
    mergeOf(organization),
  ]);
  const roleOrder = (role: string) => CASE_ROLES.indexOf(role as CaseRole);
  return { organization, cases: cases.map((c) => ({ ...c, roles: [...c.roles].sort((a, b) => roleOrder(a) - roleOrder(b)) })), sanctions, merges, mergedInto };
}
export type OrganizationPage = NonNullable<Awaited<ReturnType<typeof getOrganizationPage>>>;
