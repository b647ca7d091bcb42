// The "verify" action and its record: re-hash a file's stored bytes, then write the verification
// and its `evidence.verified` custody row in one transaction. The hashing runs outside the
// transaction (it may take a while for a large file); the permission is checked before and again
// inside it.
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { actorOf } from "@/lib/audit/record-audit";
import { requireCaseAction } from "@/lib/cases/case-guard";
import { prisma } from "@/lib/db/prisma";
import { ActionError } from "@/lib/actions/result";
import { checkStoredBytes, type StoredBytesCheck } from "./check-stored-bytes";
import type { BlobStore } from "./evidence-store";
import { recordVerification } from "./record-verification";

export async function verifyEvidence(options: { store: BlobStore; viewer: Viewer; fileId: string }): Promise<StoredBytesCheck> {
  const { store, viewer, fileId } = options;
  const file = await prisma.evidenceFile.findFirst({ where: { id: fileId }, select: { id: true, incidentId: true, sha256: true } });
  if (!file) throw new ActionError("not_found", "No such file.");
  await requireCaseAction(prisma, viewer, file.incidentId, "evidence.verify");
  const check = await checkStoredBytes(store, file.sha256);
  await prisma.$transaction(async (tx) => {
    await requireCaseAction(tx, viewer, file.incidentId, "evidence.verify");
    await recordVerification(tx, { file, check, actor: actorOf(viewer) });
  });
  return check;
}
