// extractEvidenceText(fileId): one file's text, page by page, into evidence_pages, and its
// extraction state (done, failed with the reason, skipped when too large). Idempotent and safe to
// run twice at once (the write locks the file's row), so the upload's background run, `npm run
// evidence:extract` and, later, a queue job can all call it. Not server-only: it takes the
// database and the store, like verify-all, so scripts use it too.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BlobStore } from "@/lib/evidence/storage/blob-types";
import { EXTRACT_PDF_MAX_BYTES, EXTRACT_TEXT_MAX_BYTES, extractorFor, failureReason } from "./extraction-policy";
import { readPages, readUpTo } from "./read-pages";

export interface ExtractionDeps {
  db: PrismaClient;
  store: BlobStore;
}

export type ExtractionOutcome = "done" | "copied" | "failed" | "skipped" | "none" | "gone";

export async function extractEvidenceText(fileId: string, { db, store }: ExtractionDeps): Promise<ExtractionOutcome> {
  const file = await db.evidenceFile.findUnique({ where: { id: fileId }, select: { sha256: true, mediaType: true, size: true } });
  if (!file) return "gone";
  const extractor = extractorFor(file.mediaType);
  if (!extractor) {
    await setState(db, fileId, "none", null);
    return "none";
  }
  // The same bytes were read before (another record of the same blob): their pages are these pages.
  const twin = await db.evidenceFile.findFirst({ where: { sha256: file.sha256, extraction: "done", id: { not: fileId } }, select: { id: true } });
  if (twin) {
    await db.$transaction(async (tx) => {
      await lockFile(tx, fileId);
      await tx.evidencePage.deleteMany({ where: { fileId } });
      await tx.$executeRaw`INSERT INTO evidence_pages ("fileId", page, text) SELECT ${fileId}, page, text FROM evidence_pages WHERE "fileId" = ${twin.id}`;
      await setState(tx, fileId, "done", null);
    });
    return "copied";
  }
  if (extractor === "pdf" && file.size > EXTRACT_PDF_MAX_BYTES) {
    await setState(db, fileId, "skipped", `Larger than ${EXTRACT_PDF_MAX_BYTES / 1024 / 1024} MB: not extracted for search.`);
    return "skipped";
  }
  try {
    const stream = await store.open(file.sha256);
    if (!stream) throw new Error("The stored bytes are missing.");
    const read = await readUpTo(stream, extractor === "pdf" ? EXTRACT_PDF_MAX_BYTES : EXTRACT_TEXT_MAX_BYTES);
    const pages = await readPages(extractor, read);
    await db.$transaction(async (tx) => {
      await lockFile(tx, fileId);
      await tx.evidencePage.deleteMany({ where: { fileId } });
      // Empty pages (scans without a text layer) are not stored; the others keep their numbers.
      const data = pages.map((text, index) => ({ fileId, page: index + 1, text })).filter((p) => p.text.trim() !== "");
      if (data.length > 0) await tx.evidencePage.createMany({ data });
      await setState(tx, fileId, "done", null);
    });
    return "done";
  } catch (error) {
    await setState(db, fileId, "failed", failureReason(error));
    return "failed";
  }
}

type Tx = Pick<PrismaClient, "$executeRaw">;

/** Two runs for one file write one after the other; the second's pages replace the first's (the same text). */
async function lockFile(tx: Tx, fileId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM evidence_files WHERE id = ${fileId} FOR UPDATE`;
}

// Raw, so the record's updatedAt (someone's edit) does not move for the system's work.
async function setState(tx: Tx, fileId: string, state: "none" | "done" | "failed" | "skipped", error: string | null): Promise<void> {
  await tx.$executeRaw`UPDATE evidence_files SET extraction = ${state}::"EvidenceExtraction", "extractionError" = ${error}, "extractedAt" = ${state === "none" ? null : new Date()} WHERE id = ${fileId}`;
}
