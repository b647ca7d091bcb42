// The evidence section's tables in the case-file export: every file's record (deleted ones
// included, with their deletion date, as for every other table) and every link. The bytes are not
// in these tables: the export's zip carries them beside the records (lib/export/evidence-bundle.ts).
import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { ExportTable } from "@/lib/export/case-tables";

export const evidenceTables = {
  files: {
    file: "evidence_files",
    columns: [
      "id", "title", "titleKo", "description", "descriptionKo", "kind", "receivedOn", "providedBy", "sensitivity", "originalName", "mediaType", "size", "sha256",
      "supersedesId", "uploadedBy", "createdAt", "deletedAt", "version",
    ],
    load: async (incidentId) =>
      (await prisma.evidenceFile.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" }, include: { uploadedBy: { select: { email: true } } } })).map(({ uploadedBy, uploadedById, ...f }) => ({
        ...f,
        // Who, by the address people know them by: a user id means nothing in another installation.
        uploadedBy: uploadedBy?.email ?? null,
        receivedOn: f.receivedOn?.toISOString().slice(0, 10) ?? null,
      })),
  },
  links: {
    file: "evidence_links",
    // Links to files only: a finding's references without a file travel in findings.evidenceRefs.
    columns: ["id", "fileId", "findingId", "timelineEventId", "sourceId", "statementId", "locator", "position", "createdAt", "deletedAt"],
    load: (incidentId) => prisma.evidenceLink.findMany({ where: { incidentId, fileId: { not: null } }, orderBy: [{ createdAt: "asc" }, { position: "asc" }] }),
  },
} satisfies Record<string, ExportTable>;
