// npm run evidence:verify
//
// Re-hashes every evidence file's stored bytes (DATABASE_URL, or the embedded server of a running
// `npm start`), records a verification for each in its custody log, prints the files whose bytes
// changed or went missing, and exits 1 when there is any (0 when all are intact, 2 on usage).
// The store is built from the environment directly: evidenceStore() is the app's (server-only).
import { createPrismaClient } from "@/lib/db/create-client";
import { parseEvidenceEnv } from "@/lib/env-schema";
import { createBlobStore } from "@/lib/evidence/storage/create-blob-store";
import { verifyAllEvidence } from "@/lib/evidence/verify-all";
import { runningEmbeddedUrl } from "./db/embedded-runtime";

const url = process.env.DATABASE_URL ?? runningEmbeddedUrl();
if (!url) {
  console.error("No database: set DATABASE_URL, or run `npm start` so the embedded PostgreSQL is up.");
  process.exit(2);
}

const db = createPrismaClient({ url });
try {
  const { checked, problems, orphans } = await verifyAllEvidence({ db, store: createBlobStore(parseEvidenceEnv(process.env)), actor: { id: null, label: "cli (npm run evidence:verify)" } });
  for (const p of problems) {
    console.log(`${p.result.toUpperCase()}  ${p.fileId}  ${p.title}  recorded ${p.sha256}${p.observed ? `  found ${p.observed}` : ""}`);
  }
  if (orphans.length > 0) console.log(`${orphans.length} stored blobs belong to no record (left by failed uploads; harmless): ${orphans.join(", ")}`);
  console.log(problems.length === 0 ? `All ${checked} evidence files are intact.` : `${problems.length} of ${checked} evidence files changed or went missing.`);
  process.exitCode = problems.length === 0 ? 0 : 1;
} finally {
  await db.$disconnect();
}
