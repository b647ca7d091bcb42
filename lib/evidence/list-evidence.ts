import "server-only";
import { prisma } from "@/lib/db/prisma";

const select = {
  id: true,
  title: true,
  titleKo: true,
  description: true,
  descriptionKo: true,
  kind: true,
  receivedOn: true,
  providedBy: true,
  sensitivity: true,
  originalName: true,
  mediaType: true,
  size: true,
  sha256: true,
  createdAt: true,
  version: true,
  uploadedBy: { select: { name: true, email: true } },
} as const;

/** A case's evidence files, newest upload first; deleted ones separately when asked (for those who may restore them). */
export async function listEvidence(incidentId: string, options: { includeDeleted: boolean }) {
  const [live, deleted] = await Promise.all([
    prisma.evidenceFile.findMany({ where: { incidentId, deletedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select }),
    options.includeDeleted ? prisma.evidenceFile.findMany({ where: { incidentId, deletedAt: { not: null } }, orderBy: { deletedAt: "desc" }, select }) : Promise.resolve([]),
  ]);
  return { live, deleted };
}

export type EvidenceListRow = Awaited<ReturnType<typeof listEvidence>>["live"][number];
