// Extraction runs in the background of the request that needs it, after the answer is sent
// (Next's after()): the upload answers 201 with the file `pending` at once. What a restart loses
// is picked up by the stale-pending retry below or by `npm run evidence:extract`. When a
// PostgreSQL-backed queue arrives, these two functions become "enqueue a job" and nothing else moves.
import "server-only";
import { after } from "next/server";
import { prisma } from "@/lib/db/prisma";
import { evidenceStore } from "@/lib/evidence/evidence-store";
import { extractEvidenceText } from "./extract-evidence-text";
import { extractPendingEvidence } from "./extract-pending";
import { STALE_PENDING_MINUTES } from "./extraction-policy";

/** Runs `work` after the response; outside a request (a script, a test) it is left to the retries. */
function afterResponse(work: () => Promise<unknown>): void {
  const run = async () => {
    try {
      await work();
    } catch (error) {
      console.error("Evidence text extraction failed unexpectedly:", error);
    }
  };
  try {
    after(run);
  } catch {
    // after() refuses outside a request scope; the file stays `pending` and is retried.
  }
}

export function scheduleExtraction(fileId: string): void {
  afterResponse(() => extractEvidenceText(fileId, { db: prisma, store: evidenceStore() }));
}

const RETRY_EVERY_MS = 60_000;
const RETRY_BATCH = 5;
let lastRetry = 0;

/** At most once a minute per process, a few files left `pending` for STALE_PENDING_MINUTES are extracted again. */
export function scheduleStaleExtractionRetry(): void {
  const now = Date.now();
  if (now - lastRetry < RETRY_EVERY_MS) return;
  lastRetry = now;
  afterResponse(() =>
    extractPendingEvidence({ db: prisma, store: evidenceStore(), includeFailed: false, uploadedBefore: new Date(now - STALE_PENDING_MINUTES * 60_000), limit: RETRY_BATCH }),
  );
}
