import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";
import { requireViewer } from "@/lib/auth/guards";
import { can, type CaseAccess, type Viewer } from "@/lib/auth/permissions";
import { isCaseSlug } from "./slug";

/**
 * A case as the viewer may see it, or null: missing, deleted, or not theirs to see are all the
 * same answer, so pages can 404 without telling which.
 */
export const findCaseForViewer = cache(async (viewer: Viewer, slug: string) => {
  if (!isCaseSlug(slug)) return null;
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
});

export type VisibleCase = NonNullable<Awaited<ReturnType<typeof findCaseForViewer>>>;

/** For a case workspace page: the signed-in viewer and the case, or a redirect / 404. */
export async function loadCasePage(locale: string, slug: string, subpath = "") {
  const viewer = await requireViewer(locale, `/${locale}/workspace/cases/${slug}${subpath}`);
  const found = await findCaseForViewer(viewer, slug);
  if (!found) notFound();
  return { viewer, ...found };
}
