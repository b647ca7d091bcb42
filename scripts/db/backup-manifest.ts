// What a backup holds, written beside the dump (<file>.manifest.json): the dump's checksum, so a
// truncated or altered file is refused before the database is touched, and each table's row
// count taken in the dump's own snapshot, so a restore can be checked afterwards.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import pg from "pg";
import type { EvidenceManifest } from "./evidence-backup";

export interface BackupManifest {
  format: "casefile-backup/1";
  createdAt: string;
  database: string;
  serverVersion: string;
  dumpBytes: number;
  dumpSha256: string;
  /** Rows per table of the public schema, in the dump's snapshot. */
  tables: Record<string, number>;
  /** Applied Prisma migrations, oldest first. */
  migrations: string[];
  /** The evidence files' digests and the copy of their bytes (`<file>.evidence/`); absent in older backups. */
  evidence?: EvidenceManifest;
}

export const manifestPath = (dumpFile: string) => `${dumpFile}.manifest.json`;

export function readManifest(dumpFile: string): BackupManifest | null {
  const file = manifestPath(dumpFile);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<BackupManifest>;
  if (parsed.format !== "casefile-backup/1" || typeof parsed.dumpSha256 !== "string" || typeof parsed.tables !== "object") {
    throw new Error(`${file} is not a Casefile backup manifest.`);
  }
  return parsed as BackupManifest;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function tableRowCounts(client: pg.ClientBase): Promise<Record<string, number>> {
  const tables = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${pg.escapeIdentifier(name)}`);
    counts[name] = Number(result.rows[0]?.n ?? 0);
  }
  return counts;
}

export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query<{ t: string | null }>("SELECT to_regclass('public._prisma_migrations')::text AS t");
  if (!exists.rows[0]?.t) return [];
  const rows = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM public._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.rows.map((r) => r.name);
}

/** Differences between the manifest's row counts and the database's, one line each. */
export function compareCounts(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  const problems: string[] = [];
  for (const name of names) {
    if (!(name in actual)) problems.push(`table ${name} is missing`);
    else if (!(name in expected)) problems.push(`table ${name} is not in the backup`);
    else if (expected[name] !== actual[name]) problems.push(`table ${name} has ${actual[name]} rows, the backup ${expected[name]}`);
  }
  return problems;
}
