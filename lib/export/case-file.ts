import "server-only";
import { Readable } from "node:stream";
import { strToU8 } from "fflate";
import { prisma } from "@/lib/db/prisma";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { toPlainJson } from "@/lib/format/plain-json";
import { can, type CaseAccess, type Viewer } from "@/lib/auth/permissions";
import { CASE_SECTIONS } from "@/lib/cases/sections";
import type { BlobStore } from "@/lib/evidence/evidence-store";
import { CASE_FILE_FORMAT } from "./case-file-format";
import { toCsv } from "./csv";
import { manifestCsv, manifestJson, type EvidenceBundle } from "./evidence-bundle";
import { zipStream, type ZipEntry } from "./zip-stream";

/**
 * Everything recorded about a case, deleted items included (with their deletion date): the
 * export tables of every section the viewer may see, in the registry's order.
 */
export async function loadCaseFile(viewer: Viewer, incidentId: string, access: CaseAccess) {
  const tables = CASE_SECTIONS.filter((s) => can(viewer, s.view, access)).flatMap((s) => s.exports);
  const rows = await Promise.all(tables.map((t) => t.load(incidentId)));
  return tables.map((t, i) => ({ file: t.file, columns: t.columns, rows: rows[i] ?? [] }));
}

export type CaseFile = Awaited<ReturnType<typeof loadCaseFile>>;

/**
 * The whole file as JSON: its format first (what an import checks), then one key per table; the
 * case itself is one object, not a list. `POST /api/cases/import` reads it back as a new case.
 */
export function caseFileJson(file: CaseFile): string {
  const entries = file.map((t) => [t.file, t.file === "incident" ? t.rows[0] : t.rows] as const);
  return JSON.stringify(toPlainJson({ format: CASE_FILE_FORMAT, ...Object.fromEntries(entries) }), null, 2);
}

/** The zip's text entries: case.json and one CSV per table (by name). */
export function caseFileTexts(file: CaseFile): [name: string, text: string][] {
  return [["case.json", caseFileJson(file)], ...file.map((t): [string, string] => [`${t.file}.csv`, toCsv(t.columns, t.rows)])];
}

const text = (name: string, content: () => string): ZipEntry => ({ name, compress: true, open: () => [strToU8(content())] });

/**
 * One CSV per table and the whole file as JSON, zipped as it streams out; with `evidence`, also
 * `evidence/manifest.json` + `.csv` and each file's bytes at `evidence/<sha256>/<name>`, read from
 * the store chunk by chunk as the response is consumed.
 */
export function caseFileZip(file: CaseFile, evidence: { bundle: EvidenceBundle; store: BlobStore } | null): ReadableStream<Uint8Array> {
  const entries: ZipEntry[] = caseFileTexts(file).map(([name, content]) => text(name, () => content));
  if (evidence) {
    const { bundle, store } = evidence;
    entries.push(text("evidence/manifest.json", () => manifestJson(bundle)), text("evidence/manifest.csv", () => manifestCsv(bundle)));
    for (const blob of bundle.blobs) {
      entries.push({
        name: blob.path,
        compress: false,
        open: async () => {
          // Checked just before the export; gone since (a purge), the zip would lie: stop it.
          const bytes = await store.open(blob.sha256);
          if (!bytes) throw new Error(`Evidence bytes ${blob.sha256} vanished during the export.`);
          return bytes as Readable & AsyncIterable<Uint8Array>;
        },
      });
    }
  }
  return zipStream(entries);
}

/**
 * The export's audit, in one transaction before any byte goes out: the case's `incident.exported`
 * and, for every file whose bytes are in the zip, an `evidence.exported` row on that file, so each
 * file's custody log shows that a copy left (a single row listing the files would not appear there).
 */
export async function auditExport(viewer: Viewer, options: { incidentId: string; format: string; evidence?: EvidenceBundle | null }) {
  const { incidentId, format, evidence } = options;
  const exported = evidence?.entries.filter((e) => e.path) ?? [];
  await prisma.$transaction(async (tx) => {
    const actor = actorOf(viewer);
    await recordAudit(tx, { actor, action: "incident.exported", entityType: "incident", entityId: incidentId, incidentId, after: { format, ...(evidence ? { evidenceFiles: evidence.entries.length, evidenceBytesIncluded: exported.length } : {}) } });
    for (const e of exported) {
      await recordAudit(tx, { actor, action: "evidence.exported", entityType: "evidence_file", entityId: e.id, incidentId, after: { sha256: e.sha256, path: e.path, format } });
    }
  });
}
