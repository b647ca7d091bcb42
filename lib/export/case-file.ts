import "server-only";
import { strToU8, zipSync } from "fflate";
import { prisma } from "@/lib/db/prisma";
import { actorOf, recordAudit } from "@/lib/audit/record-audit";
import { toPlainJson } from "@/lib/format/plain-json";
import { can, type CaseAccess, type Viewer } from "@/lib/auth/permissions";
import { CASE_SECTIONS } from "@/lib/cases/sections";
import { CASE_FILE_FORMAT } from "./case-file-format";
import { toCsv } from "./csv";

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

/** One CSV per table and the whole file as JSON, zipped. */
export function caseFileZip(file: CaseFile): Uint8Array {
  const files: Record<string, Uint8Array> = { "case.json": strToU8(caseFileJson(file)) };
  for (const t of file) files[`${t.file}.csv`] = strToU8(toCsv(t.columns, t.rows));
  return zipSync(files, { level: 6 });
}

export async function auditExport(viewer: Viewer, incidentId: string, format: string) {
  await prisma.$transaction((tx) => recordAudit(tx, { actor: actorOf(viewer), action: "incident.exported", entityType: "incident", entityId: incidentId, incidentId, after: { format } }));
}
