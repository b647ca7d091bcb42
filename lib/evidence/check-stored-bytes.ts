// Re-hashing a file's stored bytes: the digest they have now, against the one recorded when the
// file was received. Streams, like the upload: no file is ever held whole.
import { createHash } from "node:crypto";
import type { EvidenceCheckResult } from "@/lib/generated/prisma/enums";
import type { BlobStore } from "./evidence-store";

export interface StoredBytesCheck {
  result: EvidenceCheckResult;
  /** The digest the stored bytes have now; null when there are none. */
  observed: string | null;
}

export async function checkStoredBytes(store: BlobStore, sha256: string): Promise<StoredBytesCheck> {
  const bytes = await store.open(sha256);
  if (!bytes) return { result: "missing", observed: null };
  const hash = createHash("sha256");
  for await (const chunk of bytes) hash.update(chunk as Buffer);
  const observed = hash.digest("hex");
  return { result: observed === sha256 ? "ok" : "changed", observed };
}
