// The evidence files' bytes beside a database backup. The dump holds the records (each with its
// SHA-256); the bytes live in the evidence store. `db:backup` copies, for a local store, every
// digest the dump's records name into `<file>.evidence/` (the store's own content-addressed
// layout, each copy re-hashed on the way); `db:restore` puts them back into the configured store
// before loading the dump, and afterwards names every record whose bytes the store lacks. An S3
// bucket is backed up with the bucket's own tools (docs/reliability.md); its digests are still
// listed in the manifest and checked after a restore.
import { rmSync } from "node:fs";
import type pg from "pg";
import { parseEvidenceEnv } from "@/lib/env-schema";
import type { BlobStore } from "@/lib/evidence/storage/blob-types";
import { createBlobStore } from "@/lib/evidence/storage/create-blob-store";
import { LocalBlobStore } from "@/lib/evidence/storage/local-store";

export const evidenceDirOf = (dumpFile: string) => `${dumpFile}.evidence`;

/** What the backup manifest says about the evidence (absent in backups made before evidence files). */
export interface EvidenceManifest {
  store: "local" | "s3";
  /** Every digest the dump's records name (deleted records included: they can be restored). */
  digests: string[];
  /** Digests copied into `<file>.evidence/` (local store only) and their total size. */
  copied: string[];
  bytes: number;
  /** Named by a record but missing (or changed) in the store when the backup ran. */
  missing: string[];
}

/** The store the environment configures (the app's own choice: EVIDENCE_S3_BUCKET or `<CASEFILE_DATA_DIR>/evidence`). */
function configuredStore(): { store: BlobStore; kind: "local" | "s3" } {
  const store = createBlobStore(parseEvidenceEnv(process.env));
  return { store, kind: store instanceof LocalBlobStore ? "local" : "s3" };
}

async function hasEvidenceTable(client: pg.ClientBase): Promise<boolean> {
  return Boolean((await client.query<{ t: string | null }>("SELECT to_regclass('public.evidence_files')::text AS t")).rows[0]?.t);
}

/** Distinct digests the records name; run inside the dump's snapshot so the list is the dump's. */
export async function recordedDigests(client: pg.ClientBase): Promise<string[]> {
  if (!(await hasEvidenceTable(client))) return [];
  return (await client.query<{ sha256: string }>("SELECT DISTINCT sha256 FROM public.evidence_files ORDER BY 1")).rows.map((r) => r.sha256);
}

/** Copies one blob between stores, re-hashing it; false when the source lacks it or its bytes changed. */
async function copyBlob(from: BlobStore, to: BlobStore, digest: string): Promise<{ ok: boolean; size: number }> {
  const source = await from.open(digest);
  if (!source) return { ok: false, size: 0 };
  const staged = await to.stage(source, { maxBytes: Number.MAX_SAFE_INTEGER });
  if (staged.sha256 !== digest) {
    await staged.discard();
    return { ok: false, size: 0 };
  }
  await staged.commit();
  return { ok: true, size: staged.size };
}

/** For a local store: the bytes of `digests` into `dir` (a new directory). For S3: only the list. */
export async function backupEvidence(options: { digests: string[]; dir: string }): Promise<EvidenceManifest> {
  const { store, kind } = configuredStore();
  const manifest: EvidenceManifest = { store: kind, digests: options.digests, copied: [], bytes: 0, missing: [] };
  const target = kind === "local" ? new LocalBlobStore(options.dir) : null;
  for (const digest of options.digests) {
    if (!target) {
      if (!(await store.exists(digest))) manifest.missing.push(digest);
      continue;
    }
    const copy = await copyBlob(store, target, digest);
    if (copy.ok) {
      manifest.copied.push(digest);
      manifest.bytes += copy.size;
    } else manifest.missing.push(digest);
  }
  // The staging area of the copy is empty once every blob is committed.
  if (target) rmSync(`${options.dir}/tmp`, { recursive: true, force: true });
  return manifest;
}

/** Every blob of a backup's evidence directory into the configured store (existing ones are kept: same digest, same bytes). */
export async function restoreEvidence(dir: string): Promise<{ restored: number; damaged: string[] }> {
  const { store } = configuredStore();
  const backup = new LocalBlobStore(dir);
  let restored = 0;
  const damaged: string[] = [];
  for await (const digest of backup.list()) {
    if ((await copyBlob(backup, store, digest)).ok) restored += 1;
    else damaged.push(digest);
  }
  return { restored, damaged };
}

export interface RecordWithoutBytes {
  id: string;
  title: string;
  sha256: string;
  caseSlug: string;
  deleted: boolean;
}

/** The records (deleted ones too) whose bytes the configured store does not have. */
export async function recordsWithoutBytes(client: pg.ClientBase): Promise<{ checked: number; missing: RecordWithoutBytes[] }> {
  if (!(await hasEvidenceTable(client))) return { checked: 0, missing: [] };
  const { store } = configuredStore();
  const records = await client.query<RecordWithoutBytes>(
    `SELECT f.id, f.title, f.sha256, i.slug AS "caseSlug", f."deletedAt" IS NOT NULL AS deleted
     FROM public.evidence_files f JOIN public.incidents i ON i.id = f."incidentId" ORDER BY i.slug, f."createdAt"`,
  );
  const present = new Map<string, boolean>();
  for (const { sha256 } of records.rows) if (!present.has(sha256)) present.set(sha256, await store.exists(sha256));
  return { checked: records.rows.length, missing: records.rows.filter((r) => !present.get(r.sha256)) };
}
