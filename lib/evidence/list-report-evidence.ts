// The evidence files a printable report lists: the case's live files (deleted ones are in the
// export, not on paper), oldest first, as plain data.
import "server-only";
import { prisma } from "@/lib/db/prisma";

export interface ReportEvidenceFile {
  id: string;
  title: string;
  titleKo: string | null;
  kind: string;
  receivedOn: Date | null;
  providedBy: string | null;
  originalName: string;
  size: number;
  sha256: string;
}

export async function listReportEvidence(incidentId: string): Promise<ReportEvidenceFile[]> {
  const files = await prisma.evidenceFile.findMany({
    where: { incidentId, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, titleKo: true, kind: true, receivedOn: true, providedBy: true, originalName: true, size: true, sha256: true },
  });
  return files.map((f) => ({ ...f, size: Number(f.size) }));
}
