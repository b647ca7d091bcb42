// The files whose extraction did not finish: `pending` ones whose background run was lost (a crash
// or restart) and, for `npm run evidence:extract`, `failed` ones too. One file at a time, so a
// batch holds at most one PDF in memory.
import { extractEvidenceText, type ExtractionDeps, type ExtractionOutcome } from "./extract-evidence-text";

interface ExtractPendingOptions extends ExtractionDeps {
  /** Also retry files that failed (the script does; the app's opportunistic retry does not). */
  includeFailed: boolean;
  /** Only files uploaded before this time (the app: older than STALE_PENDING_MINUTES). */
  uploadedBefore?: Date;
  limit?: number;
}

export async function extractPendingEvidence({ db, store, includeFailed, uploadedBefore, limit }: ExtractPendingOptions) {
  const files = await db.evidenceFile.findMany({
    where: { extraction: { in: includeFailed ? ["pending", "failed"] : ["pending"] }, ...(uploadedBefore ? { createdAt: { lt: uploadedBefore } } : {}) },
    select: { id: true, title: true },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  const results: { id: string; title: string; outcome: ExtractionOutcome }[] = [];
  for (const file of files) results.push({ ...file, outcome: await extractEvidenceText(file.id, { db, store }) });
  return results;
}
