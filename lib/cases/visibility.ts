// Which cases a viewer may see, for queries over many cases at once (the case list, its filters,
// the dashboard, series across cases). One rule, `caseScope` from the permission table, in the
// two forms queries need: a Prisma `where` and a SQL condition on `incidents` aliased `i`.
// A single case is checked with `can(viewer, "case.view", access)` itself (findCaseForViewer).
import { Prisma } from "@/lib/generated/prisma/client";
import { caseScope, type Viewer } from "@/lib/auth/permissions";

export function visibleCasesWhere(viewer: Viewer): Prisma.IncidentWhereInput {
  switch (caseScope(viewer)) {
    case "all":
      return { deletedAt: null };
    case "assigned":
      return { deletedAt: null, assignments: { some: { userId: viewer.id } } };
    case "none":
      return { id: { in: [] } };
  }
}

export function visibleCasesSql(viewer: Viewer): Prisma.Sql {
  switch (caseScope(viewer)) {
    case "all":
      return Prisma.sql`i."deletedAt" IS NULL`;
    case "assigned":
      return Prisma.sql`i."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM case_assignments a WHERE a."incidentId" = i.id AND a."userId" = ${viewer.id})`;
    case "none":
      return Prisma.sql`FALSE`;
  }
}
