// Which cases a viewer may see, as one SQL condition on `incidents` aliased `i`. The same rule as
// `can(viewer, "case.view")` in lib/auth/permissions.ts, for queries over many cases at once
// (the case list, the dashboard, series across cases). Callers must check `case.list` first.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/permissions";

export function visibleCasesSql(viewer: Viewer): Prisma.Sql {
  return viewer.role === "case_officer"
    ? Prisma.sql`i."deletedAt" IS NULL AND EXISTS (SELECT 1 FROM case_assignments a WHERE a."incidentId" = i.id AND a."userId" = ${viewer.id})`
    : Prisma.sql`i."deletedAt" IS NULL`;
}
