// `npm run evidence:verify`: every evidence file's stored bytes re-hashed (each distinct blob
// once, however many records share it), one verification and custody row per file, and the list
// of files whose bytes changed or went missing. Deleted records are verified too: their bytes
// are kept for restore, and the custody claim covers them.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditActor } from "@/lib/audit/record-audit";
import { checkStoredBytes, type StoredBytesCheck } from "./check-stored-bytes";
import type { BlobStore } from "./evidence-store";
import { recordVerification } from "./record-verification";

interface VerifyProblem {
  fileId: string;
  incidentId: string;
  title: string;
  sha256: string;
  result: "changed" | "missing";
  observed: string | null;
}

interface VerifyAllOutcome {
  checked: number;
  problems: VerifyProblem[];
  /** Stored digests no record names: left by an upload whose transaction failed after its bytes were committed. Reported, never removed here (an upload of the same bytes may be committing right now). */
  orphans: string[];
}

/** Files are read a page at a time so a large store never loads every record at once. */
const PAGE = 500;

export async function verifyAllEvidence(options: { db: PrismaClient; store: BlobStore; actor: AuditActor }): Promise<VerifyAllOutcome> {
  const { db, store, actor } = options;
  const checks = new Map<string, StoredBytesCheck>();
  const problems: VerifyProblem[] = [];
  let checked = 0;
  let cursor: string | undefined;
  for (;;) {
    const files = await db.evidenceFile.findMany({
      select: { id: true, incidentId: true, sha256: true, title: true },
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (files.length === 0) break;
    for (const file of files) {
      let check = checks.get(file.sha256);
      if (!check) {
        check = await checkStoredBytes(store, file.sha256);
        checks.set(file.sha256, check);
      }
      const found = check;
      await db.$transaction((tx) => recordVerification(tx, { file, check: found, actor }));
      checked++;
      if (found.result !== "ok") problems.push({ fileId: file.id, incidentId: file.incidentId, title: file.title, sha256: file.sha256, result: found.result, observed: found.observed });
    }
    cursor = files[files.length - 1]!.id;
  }
  const orphans: string[] = [];
  for await (const sha256 of store.list()) {
    if (!checks.has(sha256)) orphans.push(sha256);
  }
  return { checked, problems, orphans };
}
