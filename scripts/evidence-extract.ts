// npm run evidence:extract
//
// Extracts the text (for search) of every evidence file left `pending` (its background run was
// lost to a crash or restart) or `failed`, one at a time, against DATABASE_URL or the embedded
// server of a running `npm start`. Prints one line per file; exits 1 when any still failed.
import { createPrismaClient } from "@/lib/db/create-client";
import { parseEvidenceEnv } from "@/lib/env-schema";
import { extractPendingEvidence } from "@/lib/evidence/extraction/extract-pending";
import { createBlobStore } from "@/lib/evidence/storage/create-blob-store";
import { runningEmbeddedUrl } from "./db/embedded-runtime";

const url = process.env.DATABASE_URL ?? runningEmbeddedUrl();
if (!url) {
  console.error("No database: set DATABASE_URL, or run `npm start` so the embedded PostgreSQL is up.");
  process.exit(2);
}

const db = createPrismaClient({ url });
try {
  const results = await extractPendingEvidence({ db, store: createBlobStore(parseEvidenceEnv(process.env)), includeFailed: true });
  for (const r of results) console.log(`${r.outcome.toUpperCase().padEnd(7)}  ${r.id}  ${r.title}`);
  const failed = results.filter((r) => r.outcome === "failed").length;
  console.log(results.length === 0 ? "No evidence file is waiting for text extraction." : `${results.length - failed} of ${results.length} files extracted${failed ? `; ${failed} failed (see evidence_files."extractionError")` : ""}.`);
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  await db.$disconnect();
}
