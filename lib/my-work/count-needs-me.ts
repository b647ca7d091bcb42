import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { visibleCasesSql } from "@/lib/cases/visibility";
import { prisma } from "@/lib/db/prisma";
import { actionScopeSql } from "./scope";
import { seoulToday } from "./waited";

/**
 * The header badge: how many things need the viewer now, in one query. It counts
 *   - proposals waiting for the viewer's approval (as listWaitingApprovals lists them),
 *   - the viewer's open tasks due today or earlier (Seoul's day), on cases they may see,
 *   - unread `mention` notifications (on cases they may still see).
 * Deadlines, recent changes and other notifications are on My work but not counted: they inform,
 * they do not wait for this person.
 */
export async function countNeedsMe(viewer: Viewer, now: Date = new Date()): Promise<number> {
  const me = viewer.id;
  const today = seoulToday(now);
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT
      (SELECT count(*) FROM transition_proposals p JOIN incidents i ON i.id = p."incidentId"
        WHERE p.status = 'pending' AND p."proposedById" IS DISTINCT FROM ${me} AND ${actionScopeSql(viewer, "workflow.decide")})
    + (SELECT count(*) FROM publication_versions v JOIN incidents i ON i.id = v."incidentId"
        WHERE v.status = 'proposed' AND v."proposedById" IS DISTINCT FROM ${me} AND ${actionScopeSql(viewer, "publication.approve")})
    + (SELECT count(*) FROM tasks t JOIN incidents i ON i.id = t."incidentId"
        WHERE t."assigneeId" = ${me} AND t.status = 'open' AND t."deletedAt" IS NULL AND t."dueOn" <= ${today}::date AND ${visibleCasesSql(viewer)})
    + (SELECT count(*) FROM notifications n
        WHERE n."recipientId" = ${me} AND n.kind = 'mention' AND n."readAt" IS NULL
          AND (n."incidentId" IS NULL OR EXISTS (SELECT 1 FROM incidents i WHERE i.id = n."incidentId" AND ${visibleCasesSql(viewer)})))
    AS n`;
  return Number(row?.n ?? 0);
}
