import "server-only";
// The case's files a record can be linked to: live ones, current versions only (an older
// version stays readable through its newer one), newest first.
import { prisma } from "@/lib/db/prisma";

export interface EvidenceFileChoice {
  id: string;
  title: string;
  titleKo: string | null;
  originalName: string;
}

export function evidenceFileChoices(incidentId: string): Promise<EvidenceFileChoice[]> {
  return prisma.evidenceFile.findMany({
    where: { incidentId, deletedAt: null, supersededBy: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, titleKo: true, originalName: true },
  });
}
