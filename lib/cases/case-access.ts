import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { prisma } from "@/lib/db/prisma";
import { requireViewer } from "@/lib/auth/guards";
import { can, type CaseAccess, type Viewer } from "@/lib/auth/permissions";
import { sectionByKey, sectionPath, type CaseSection, type SectionKey } from "./sections";
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
      investigatedOrg: { select: { id: true, slug: true, name: true, nameKo: true } },
      authority: { select: { id: true, slug: true, name: true, nameKo: true } },
    },
  });
  if (!incident) return null;
  const access: CaseAccess = { assignedUserIds: incident.assignments.map((a) => a.userId) };
  return can(viewer, "case.view", access) ? { incident, access } : null;
});

export type VisibleCase = NonNullable<Awaited<ReturnType<typeof findCaseForViewer>>>;

/**
 * For a case workspace page: the signed-in viewer, the case and the section, or a redirect to
 * sign in (coming back to this address) or a 404 when the case or the section is not theirs
 * to see. `canEdit` is the section's edit permission on this case.
 */
export async function loadCasePage(locale: string, slug: string, options: { section: SectionKey | CaseSection; itemId?: string; returnPath?: string }) {
  const section = typeof options.section === "string" ? sectionByKey(options.section) : options.section;
  const viewer = await requireViewer(locale, `/${locale}${options.returnPath ?? sectionPath(slug, section, options.itemId)}`);
  const found = await findCaseForViewer(viewer, slug);
  if (!found || !can(viewer, section.view, found.access)) notFound();
  return { viewer, ...found, section, canEdit: section.edit !== null && can(viewer, section.edit, found.access) };
}
