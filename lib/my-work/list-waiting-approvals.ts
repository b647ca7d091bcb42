import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { proposalPath, publicationPath } from "./paths";
import { actionScopeSql } from "./scope";

export interface WaitingApproval {
  kind: "workflow" | "publication";
  id: string;
  case: { slug: string; title: string; titleKo: string | null };
  createdAt: Date;
  proposedBy: string | null;
  /** The workflow step's transition id (workflow), or the version's number (publication). */
  transitionId: string | null;
  versionNumber: number | null;
  path: string;
}

interface Row {
  kind: "workflow" | "publication";
  id: string;
  createdAt: Date;
  transitionId: string | null;
  versionNumber: number | null;
  slug: string;
  title: string;
  titleKo: string | null;
  proposedBy: string | null;
  total: bigint;
}

/**
 * Workflow steps and public versions waiting for a decision the viewer may take: on cases they
 * may see, where the permission table lets them approve, and never their own (a second person
 * approves; a proposer whose account is gone counts as someone else). Oldest first; `total`
 * counts them all. One query: the rows and the count (a window over the same set) together.
 */
export async function listWaitingApprovals(viewer: Viewer, options: { limit: number }): Promise<{ items: WaitingApproval[]; total: number }> {
  const rows = await prisma.$queryRaw<Row[]>`
    WITH waiting AS (
      SELECT 'workflow' AS kind, p.id, p."incidentId", p."createdAt", p."proposedById", p.details->>'transition' AS "transitionId", NULL::int AS "versionNumber"
      FROM transition_proposals p JOIN incidents i ON i.id = p."incidentId"
      WHERE p.status = 'pending' AND p."proposedById" IS DISTINCT FROM ${viewer.id} AND ${actionScopeSql(viewer, "workflow.decide")}
      UNION ALL
      SELECT 'publication', v.id, v."incidentId", v."createdAt", v."proposedById", NULL, v.number
      FROM publication_versions v JOIN incidents i ON i.id = v."incidentId"
      WHERE v.status = 'proposed' AND v."proposedById" IS DISTINCT FROM ${viewer.id} AND ${actionScopeSql(viewer, "publication.approve")}
    ), page AS (
      SELECT w.*, count(*) OVER () AS total FROM waiting w ORDER BY w."createdAt", w.id LIMIT ${options.limit}
    )
    SELECT page.kind, page.id, page."createdAt", page."transitionId", page."versionNumber", page.total, c.slug, c.title, c."titleKo", u.name AS "proposedBy"
    FROM page JOIN incidents c ON c.id = page."incidentId" LEFT JOIN users u ON u.id = page."proposedById"
    ORDER BY page."createdAt", page.id`;
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      case: { slug: r.slug, title: r.title, titleKo: r.titleKo },
      createdAt: r.createdAt,
      proposedBy: r.proposedBy,
      transitionId: r.transitionId,
      versionNumber: r.versionNumber,
      path: r.kind === "workflow" ? proposalPath(r.slug) : publicationPath(r.slug),
    })),
  };
}
