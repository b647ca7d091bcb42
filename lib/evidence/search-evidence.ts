// searchEvidence(viewer, { q, incidentId? }): pages of evidence files holding the search's words,
// in one case (the Evidence section's search box) or across the cases the viewer may see.
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { evidenceSearchSql, type EvidenceHitRow } from "./search-evidence-sql";
import { EVIDENCE_SEARCH_LIMIT } from "./search-query";
import { searchWords } from "./search-words";

export async function searchEvidence(viewer: Viewer, options: { q: string; incidentId?: string; limit?: number }) {
  const words = searchWords(options.q);
  if (words.length === 0) return { words, hits: [] as EvidenceHitRow[] };
  const hits = await prisma.$queryRaw<EvidenceHitRow[]>(evidenceSearchSql(viewer, { words, incidentId: options.incidentId, limit: options.limit ?? EVIDENCE_SEARCH_LIMIT }));
  return { words, hits };
}
