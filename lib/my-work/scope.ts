// On which cases the viewer may take one case action (approve a step, approve a version), read
// off the permission table like caseScope: on every case, only on cases assigned to them, or on
// none. Always within the cases they may see (lib/cases/visibility.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type Action, type Viewer } from "@/lib/auth/permissions";
import { visibleCasesSql, visibleCasesWhere } from "@/lib/cases/visibility";

export function actionScope(viewer: Viewer, action: Action): "all" | "assigned" | "none" {
  if (can(viewer, action, { assignedUserIds: [] })) return "all";
  if (can(viewer, action, { assignedUserIds: [viewer.id] })) return "assigned";
  return "none";
}

/** The same, as SQL on `incidents` aliased `i` (within the cases the viewer may see). */
export function actionScopeSql(viewer: Viewer, action: Action): Prisma.Sql {
  switch (actionScope(viewer, action)) {
    case "all":
      return visibleCasesSql(viewer);
    case "assigned":
      return Prisma.sql`${visibleCasesSql(viewer)} AND EXISTS (SELECT 1 FROM case_assignments a2 WHERE a2."incidentId" = i.id AND a2."userId" = ${viewer.id})`;
    case "none":
      return Prisma.sql`FALSE`;
  }
}

/**
 * "My cases" for deadlines: whoever may decide workflow steps on every case (a regulator) keeps
 * the authority's deadlines, so every case they may see; anyone else, the cases assigned to them.
 */
export function deadlineCasesWhere(viewer: Viewer): Prisma.IncidentWhereInput {
  if (actionScope(viewer, "workflow.decide") === "all") return visibleCasesWhere(viewer);
  return { AND: [visibleCasesWhere(viewer), { assignments: { some: { userId: viewer.id } } }] };
}
