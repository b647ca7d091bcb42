import "server-only";
import { prisma } from "@/lib/db";
import { assertCan } from "@/lib/auth/assert-can";
import type { Viewer } from "@/lib/auth/permissions";
import { loadHeadlines } from "./load-headlines";

/** The cases the viewer may open: all of them for regulators, their assigned ones for officers. */
export async function listWorkspaceIncidents(viewer: Viewer) {
  assertCan(viewer, "case.list");
  const incidents = await prisma.incident.findMany({
    where: { deletedAt: null, ...(viewer.role === "case_officer" ? { assignments: { some: { userId: viewer.id } } } : {}) },
    orderBy: [{ isDemo: "asc" }, { openedAt: "desc" }],
    select: { id: true, slug: true, title: true, titleKo: true, workflowState: true, openedAt: true, visibility: true, isDemo: true },
  });
  const headlines = await loadHeadlines(incidents.map((i) => i.id));
  return incidents.map((i) => ({ ...i, headline: headlines.get(i.id) ?? { people: null, records: null } }));
}
