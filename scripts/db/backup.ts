// npm run db:backup [-- <file.dump>]
//
// Dumps the app database (DATABASE_URL, or the embedded PostgreSQL, started for the occasion
// when `npm start` is not running) with PostgreSQL's own pg_dump in its custom format, to
// <CASEFILE_DATA_DIR>/backups/casefile-<UTC time>.dump by default, plus <file>.manifest.json
// (checksum, row counts, migrations, evidence digests), and, for a local evidence store, the bytes
// of every evidence file the dump's records name in <file>.evidence/. Each appears under its name
// only once complete.
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import exitHook from "async-exit-hook";
import { AppDatabaseError, connectTo, openAppDatabase, type AppDatabase } from "./app-database";
import { appliedMigrations, manifestPath, sha256File, tableRowCounts, type BackupManifest } from "./backup-manifest";
import { defaultDataDir } from "./embedded-runtime";
import { backupEvidence, evidenceDirOf, recordedDigests } from "./evidence-backup";
import { libpqConnection, resolvePgTool, runTool, serverMajorFromVersionNum } from "./pg-tools";

const root = path.resolve(import.meta.dirname, "../..");
const say = (line: string) => console.log(`[backup] ${line}`);

function fail(message: string, code = 1): never {
  console.error(`[backup] ${message}`);
  process.exit(code);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function defaultTarget(): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  return path.join(defaultDataDir(root), "backups", `casefile-${stamp}.dump`);
}

/** The unfinished files of this process (two backups started in the same second never share one). */
const partialOf = (file: string) => `${file}.${process.pid}.partial`;

/** Moves `from` to `to` only if `to` does not exist yet (a hard link is created or refused atomically). */
function claim(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new Error(`${to} appeared while the backup ran; a backup never overwrites another. Nothing was written.`);
    throw error;
  }
  unlinkSync(from);
}

/** Moves a finished directory to its name, never over an existing one. */
function claimDirectory(from: string, to: string): void {
  if (existsSync(to)) throw new Error(`${to} appeared while the backup ran; a backup never overwrites another. Nothing was written.`);
  renameSync(from, to);
}

async function backup(db: AppDatabase, target: string): Promise<void> {
  const started = Date.now();
  const partial = partialOf(target);
  const client = await connectTo(db, "casefile-backup");
  try {
    const version = await client.query<{ server_version_num: string; server_version: string }>("SELECT current_setting('server_version_num') AS server_version_num, current_setting('server_version') AS server_version");
    const serverMajor = serverMajorFromVersionNum(version.rows[0]!.server_version_num);
    const pgDump = resolvePgTool({ tool: "pg_dump", serverMajor });

    // pg_dump works from the snapshot exported here, so the row counts in the manifest are
    // exactly those of the dump, whatever the app writes meanwhile.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshot = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
    const tables = await tableRowCounts(client);
    const migrations = await appliedMigrations(client);
    const database = (await client.query<{ db: string }>("SELECT current_database() AS db")).rows[0]!.db;
    const digests = await recordedDigests(client);

    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const connection = libpqConnection(db.url);
    const dump = await runTool(pgDump, ["--format=custom", `--snapshot=${snapshot}`, `--file=${partial}`, connection.dbnameArg], connection.env);
    await client.query("COMMIT");
    if (dump.code !== 0) throw new Error(`pg_dump failed (exit ${dump.code}); no backup was written. ${dump.stderr.trim()}`);
    const listed = await runTool(resolvePgTool({ tool: "pg_restore", serverMajor }), ["--list", partial], process.env);
    if (listed.code !== 0) throw new Error(`pg_restore cannot read the new dump, so it was deleted: ${listed.stderr.trim()}`);

    const dumpBytes = statSync(partial).size;
    // The bytes never change under a digest and are removed only when no record names them, so
    // copying after the snapshot still finds everything the dump's records name.
    const evidence = await backupEvidence({ digests, dir: partialOf(evidenceDirOf(target)) });
    const manifest: BackupManifest = {
      format: "casefile-backup/1",
      createdAt: new Date(started).toISOString(),
      database,
      serverVersion: version.rows[0]!.server_version,
      dumpBytes,
      dumpSha256: await sha256File(partial),
      tables,
      migrations,
      evidence,
    };
    // The dump first: a crash in between leaves a dump without its manifest (restore still reads
    // it), never a manifest without its dump.
    const manifestPartial = partialOf(manifestPath(target));
    writeFileSync(manifestPartial, JSON.stringify(manifest, null, 2) + "\n", { mode: 0o600 });
    claim(partial, target);
    if (existsSync(partialOf(evidenceDirOf(target)))) claimDirectory(partialOf(evidenceDirOf(target)), evidenceDirOf(target));
    claim(manifestPartial, manifestPath(target));

    const rows = Object.values(tables).reduce((a, b) => a + b, 0);
    say(`Backed up ${db.label}: ${Object.keys(tables).length} tables, ${rows} rows, ${migrations.length} migrations.`);
    say(`${target} (${formatBytes(dumpBytes)}, ${dumpBytes} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (evidence.store === "local") say(`Evidence: ${evidence.copied.length} of ${digests.length} files' bytes (${formatBytes(evidence.bytes)}) in ${evidenceDirOf(target)}`);
    else say(`Evidence: ${digests.length} files' digests listed in the manifest; back up the S3 bucket with its own tools (docs/reliability.md, "Evidence files").`);
    if (evidence.missing.length > 0) {
      console.error(`[backup] WARNING: ${evidence.missing.length} evidence file(s) named by a record are missing or changed in the store, so the backup lacks their bytes: ${evidence.missing.join(", ")}. Run npm run evidence:verify.`);
    }
  } finally {
    await client.end().catch(() => undefined);
    // Whatever failed, an unfinished dump never stays beside the real backups.
    rmSync(partial, { force: true });
    rmSync(partialOf(manifestPath(target)), { force: true });
    rmSync(partialOf(evidenceDirOf(target)), { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ allowPositionals: true, options: {} }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run db:backup [-- <file.dump>]`, 2);
  }
  if (positionals.length > 1) fail("Give at most one file to write.\nUsage: npm run db:backup [-- <file.dump>]", 2);
  const target = path.resolve(positionals[0] ?? defaultTarget());
  if (existsSync(target) || existsSync(evidenceDirOf(target))) fail(`${target} already exists; a backup never overwrites another. Choose a new name.`, 2);
  // The dump holds password hashes and sessions: every file and directory this makes (pg_dump's
  // output included) is its owner's only.
  process.umask(0o077);
  // Ctrl-C or SIGTERM: the embedded server (if started here) is stopped by its own hook; an
  // unfinished dump is removed rather than left beside the real backups.
  exitHook(() => {
    rmSync(partialOf(target), { force: true });
    rmSync(partialOf(manifestPath(target)), { force: true });
    rmSync(partialOf(evidenceDirOf(target)), { recursive: true, force: true });
  });

  let db: AppDatabase;
  try {
    db = await openAppDatabase({ purpose: "backup", say });
  } catch (error) {
    fail(error instanceof AppDatabaseError ? error.message : `Could not reach the database: ${String(error)}`);
  }
  try {
    await backup(db, target);
  } catch (error) {
    await db.close();
    fail(error instanceof Error ? error.message : String(error));
  }
  await db.close();
}

await main();
