// The evidence part of the case-file zip: which files' bytes go in, under which path, and the
// manifest that lists every file (bytes in or not, and why not). Deleted files stay out (their
// records are in evidence_files.csv, with the deletion date); the bytes of the others go in only
// for an exporter with `evidence.download`, and only when the store has them.
import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { BlobStore } from "@/lib/evidence/evidence-store";
import { cleanFileName } from "@/lib/evidence/file-name";
import { toCsv } from "./csv";

const EVIDENCE_MANIFEST_FORMAT = "casefile-evidence-manifest/1";

/**
 * The ZIP writer has no ZIP64: offsets must stay below 4 GiB. Bytes stop going in before that
 * (with room for the tables and headers); the manifest names the files left out.
 */
const MAX_EVIDENCE_BYTES_PER_ZIP = 3.5 * 1024 ** 3;

type Omitted = "noPermission" | "missing" | "archiveLimit";

interface ManifestEntry {
  id: string;
  title: string;
  titleKo: string | null;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** Where the bytes are in the zip; null when they are not in it (see `omitted`). */
  path: string | null;
  omitted: Omitted | null;
}

export interface EvidenceBundle {
  entries: ManifestEntry[];
  /** The distinct paths to write, once each (two records of the same bytes under the same name share one). */
  blobs: { path: string; sha256: string }[];
}

const OMITTED_NOTE: Record<Omitted, string> = {
  noPermission: "The exporter may see the file's record but not download its bytes.",
  missing: "The bytes are missing from the evidence store (run npm run evidence:verify).",
  archiveLimit: "Left out: the zip would pass 4 GiB; download the file on its own.",
};

export async function loadEvidenceBundle(options: { incidentId: string; withBytes: boolean; store: BlobStore; maxBytes?: number }): Promise<EvidenceBundle> {
  const { incidentId, withBytes, store, maxBytes = MAX_EVIDENCE_BYTES_PER_ZIP } = options;
  const files = await prisma.evidenceFile.findMany({
    where: { incidentId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, titleKo: true, originalName: true, mediaType: true, size: true, sha256: true },
  });
  const entries: ManifestEntry[] = [];
  const blobs = new Map<string, string>();
  let total = 0;
  for (const file of files) {
    const name = cleanFileName(file.originalName) ?? "file";
    const path = `evidence/${file.sha256}/${name}`;
    const size = Number(file.size);
    const base = { id: file.id, title: file.title, titleKo: file.titleKo, name, mediaType: file.mediaType, size, sha256: file.sha256 };
    const omitted: Omitted | null = !withBytes ? "noPermission" : !(await store.exists(file.sha256)) ? "missing" : !blobs.has(path) && total + size > maxBytes ? "archiveLimit" : null;
    if (omitted) {
      entries.push({ ...base, path: null, omitted });
      continue;
    }
    if (!blobs.has(path)) total += size;
    blobs.set(path, file.sha256);
    entries.push({ ...base, path, omitted: null });
  }
  return { entries, blobs: [...blobs].map(([path, sha256]) => ({ path, sha256 })) };
}

/** evidence/manifest.json: the format, whether bytes are in, and one entry per file. */
export function manifestJson(bundle: EvidenceBundle): string {
  const notes = Object.fromEntries([...new Set(bundle.entries.flatMap((e) => (e.omitted ? [e.omitted] : [])))].map((why) => [why, OMITTED_NOTE[why]]));
  return JSON.stringify({ format: EVIDENCE_MANIFEST_FORMAT, bytesIncluded: bundle.entries.filter((e) => e.path).length, files: bundle.entries, notes }, null, 2);
}

export function manifestCsv(bundle: EvidenceBundle): string {
  return toCsv(["id", "title", "titleKo", "name", "mediaType", "size", "sha256", "path", "omitted"], bundle.entries);
}
