// One verification of a file and its `evidence.verified` custody row, written in the caller's
// transaction. No server-only import: the `npm run evidence:verify` script writes these too.
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoredBytesCheck } from "./check-stored-bytes";

interface VerifiedFile {
  id: string;
  incidentId: string;
  sha256: string;
}

export async function recordVerification(tx: Prisma.TransactionClient, options: { file: VerifiedFile; check: StoredBytesCheck; actor: AuditActor }): Promise<void> {
  const { file, check, actor } = options;
  await tx.evidenceVerification.create({ data: { fileId: file.id, byId: actor.id, result: check.result, observed: check.observed } });
  await recordAudit(tx, {
    actor,
    action: "evidence.verified",
    entityType: "evidence_file",
    entityId: file.id,
    incidentId: file.incidentId,
    after: { result: check.result, sha256: file.sha256, observed: check.observed },
  });
}
