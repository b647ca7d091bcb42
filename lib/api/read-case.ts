import "server-only";
import type { CaseAccess, Viewer } from "@/lib/auth/permissions";
import type { VisibleCase } from "@/lib/cases/case-access";
import { prisma } from "@/lib/db/prisma";
import { loadCaseFile } from "@/lib/export/case-file";
import { toPlainJson } from "@/lib/format/plain-json";

/**
 * A case with its record: the same tables as the case-file export, for the sections the
 * token's owner may see (one rule for both). The case itself is one object, not a list.
 */
export async function readCaseWithRecord(viewer: Viewer, found: VisibleCase & { access: CaseAccess }) {
  const file = await loadCaseFile(viewer, found.incident.id, found.access);
  const tables = Object.fromEntries(file.filter((t) => t.file !== "incident").map((t) => [t.file, t.rows]));
  const incident = file.find((t) => t.file === "incident")?.rows[0] ?? null;
  return toPlainJson({ slug: found.incident.slug, version: found.incident.version, case: incident, record: tables });
}

/** The versions of a case's public summary that went out (published, or published then taken down), newest first. */
export async function readPublications(incidentId: string) {
  const versions = await prisma.publicationVersion.findMany({
    where: { incidentId, publishedAt: { not: null }, status: { in: ["published", "unpublished"] } },
    orderBy: { number: "desc" },
    select: { number: true, status: true, publishedAt: true, unpublishedAt: true, correctionNote: true, snapshot: true },
  });
  return toPlainJson({ items: versions });
}
