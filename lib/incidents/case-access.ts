import "server-only";
import { prisma } from "@/lib/db";
import { can, type CaseAccess, type Viewer } from "@/lib/auth/permissions";

/**
 * A case as the viewer may see it, or null: missing, deleted, or not theirs to see are all the
 * same answer, so pages can 404 without telling which.
 */
export async function findCaseForViewer(viewer: Viewer, slug: string) {
  const incident = await prisma.incident.findFirst({
    where: { slug, deletedAt: null },
    include: {
      assignments: { select: { userId: true, user: { select: { name: true, email: true } } } },
      investigatedOrg: { select: { name: true, nameKo: true } },
    },
  });
  if (!incident) return null;
  const access: CaseAccess = { assignedUserIds: incident.assignments.map((a) => a.userId) };
  return can(viewer, "case.view", access) ? { incident, access } : null;
}
