import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { visibleCasesSql, visibleCasesWhere } from "@/lib/cases/visibility";
import { prisma } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { activityPath, proposalPath, publicationPath } from "./paths";
import { daysBefore } from "./waited";

interface StaleApproval {
  kind: "workflow" | "publication";
  id: string;
  createdAt: Date;
  case: { slug: string; title: string; titleKo: string | null };
  path: string;
}

interface IdleCase {
  slug: string;
  title: string;
  titleKo: string | null;
  /** The last audit row on the case, or when it was opened if it has none. */
  lastActivityAt: Date;
  path: string;
}

export interface AuthorityDeadlines {
  staleDays: number;
  idleDays: number;
  stale: { items: StaleApproval[]; total: number };
  idle: { items: IdleCase[]; total: number };
}

const caseSelect = { slug: true, title: true, titleKo: true } as const;

/**
 * The authority's own deadlines over the cases the viewer may see: proposals (workflow steps and
 * public versions) waiting longer than `staleDays`, whoever may decide them, and open cases with
 * no activity (no audit row) for `idleDays`. Oldest first.
 */
export async function loadAuthorityDeadlines(viewer: Viewer, options: { now: Date; staleDays: number; idleDays: number; limit: number }): Promise<AuthorityDeadlines> {
  const staleBefore = daysBefore(options.now, options.staleDays);
  const idleBefore = daysBefore(options.now, options.idleDays);
  const workflowWhere = { status: "pending" as const, createdAt: { lt: staleBefore }, incident: visibleCasesWhere(viewer) };
  const publicationWhere = { status: "proposed" as const, createdAt: { lt: staleBefore }, incident: visibleCasesWhere(viewer) };
  const idleWhere = Prisma.sql`${visibleCasesSql(viewer)} AND i."workflowState" NOT IN ('closed', 'dismissed')
    AND i."openedAt" < ${idleBefore}
    AND NOT EXISTS (SELECT 1 FROM audit_events e WHERE e."incidentId" = i.id AND e."occurredAt" >= ${idleBefore})`;
  const [proposals, versions, proposalCount, versionCount, idleRows, idleCount] = await Promise.all([
    prisma.transitionProposal.findMany({ where: workflowWhere, orderBy: { createdAt: "asc" }, take: options.limit, select: { id: true, createdAt: true, incident: { select: caseSelect } } }),
    prisma.publicationVersion.findMany({ where: publicationWhere, orderBy: { createdAt: "asc" }, take: options.limit, select: { id: true, createdAt: true, incident: { select: caseSelect } } }),
    prisma.transitionProposal.count({ where: workflowWhere }),
    prisma.publicationVersion.count({ where: publicationWhere }),
    prisma.$queryRaw<{ slug: string; title: string; titleKo: string | null; lastActivityAt: Date }[]>`
      SELECT i.slug, i.title, i."titleKo",
             COALESCE((SELECT max(e."occurredAt") FROM audit_events e WHERE e."incidentId" = i.id), i."openedAt") AS "lastActivityAt"
      FROM incidents i WHERE ${idleWhere}
      ORDER BY "lastActivityAt" ASC, i.slug LIMIT ${options.limit}`,
    prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM incidents i WHERE ${idleWhere}`,
  ]);
  const stale: StaleApproval[] = [
    ...proposals.map((p) => ({ kind: "workflow" as const, id: p.id, createdAt: p.createdAt, case: p.incident, path: proposalPath(p.incident.slug) })),
    ...versions.map((v) => ({ kind: "publication" as const, id: v.id, createdAt: v.createdAt, case: v.incident, path: publicationPath(v.incident.slug) })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return {
    staleDays: options.staleDays,
    idleDays: options.idleDays,
    stale: { items: stale.slice(0, options.limit), total: proposalCount + versionCount },
    idle: { items: idleRows.map((r) => ({ ...r, path: activityPath(r.slug) })), total: Number(idleCount[0]?.n ?? 0) },
  };
}
