// npm run db:restore -- [--force] <file.dump>
//
// Replaces the app database's contents (DATABASE_URL, or the embedded PostgreSQL, started for
// the occasion when `npm start` is not running, and created when missing) with a backup made
// by `npm run db:backup` (or any pg_dump -Fc of a Casefile database). Safe by construction:
//   - a file that does not match its manifest's checksum is refused before anything changes;
//   - it refuses while the app appears to be connected, unless --force;
//   - pg_restore runs in one transaction, so a failed restore leaves the old state whole;
//   - afterwards every table's row count is checked against the manifest;
//   - the evidence bytes in <file>.evidence/ go into the evidence store first, and afterwards every
//     evidence record must have its bytes in the store: any that lacks them is named, and the
//     command exits 1 (the database is restored; the records stay, pointing at bytes to find).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { objectsInArchive, objectsNotInArchive, tablesWithData } from "./archive-contents";
import { AppDatabaseError, connectTo, openAppDatabase, type AppDatabase } from "./app-database";
import { appliedMigrations, compareCounts, readManifest, sha256File, tableRowCounts, type BackupManifest } from "./backup-manifest";
import { evidenceDirOf, recordsWithoutBytes, restoreEvidence } from "./evidence-backup";
import { libpqConnection, resolvePgTool, runTool, serverMajorFromVersionNum } from "./pg-tools";
import { setAsideQueueSchema, settleQueueSchema } from "./queue-schema";

const root = path.resolve(import.meta.dirname, "../..");
const USAGE = "Usage: npm run db:restore -- [--force] <file.dump>";
const say = (line: string) => console.log(`[restore] ${line}`);

function fail(message: string, code = 1): never {
  console.error(`[restore] ${message}`);
  process.exit(code);
}

async function otherSessions(client: pg.Client): Promise<{ count: number; apps: string }> {
  const result = await client.query<{ n: number; apps: string | null }>(
    `SELECT count(*)::int AS n, string_agg(DISTINCT coalesce(nullif(application_name, ''), 'unnamed'), ', ') AS apps
     FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
  );
  return { count: result.rows[0]?.n ?? 0, apps: result.rows[0]?.apps ?? "" };
}

async function checkFile(file: string): Promise<BackupManifest | null> {
  const manifest = readManifest(file);
  if (!manifest) {
    say(`No ${path.basename(file)}.manifest.json beside the dump: the checksum and row counts cannot be checked.`);
    return null;
  }
  const bytes = statSync(file).size;
  const sha = await sha256File(file);
  if (bytes !== manifest.dumpBytes || sha !== manifest.dumpSha256) {
    throw new Error(
      `${file} does not match its manifest (${bytes} bytes, the backup wrote ${manifest.dumpBytes}; checksum ${sha === manifest.dumpSha256 ? "equal" : "different"}). ` +
        `It is truncated or altered; nothing was restored.`,
    );
  }
  return manifest;
}

async function restore(db: AppDatabase, file: string, options: { force: boolean; manifest: BackupManifest | null }): Promise<void> {
  const started = Date.now();
  const client = await connectTo(db, "casefile-restore");
  let pgRestore: string;
  let archiveTables: string[];
  try {
    const serverMajor = serverMajorFromVersionNum((await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v")).rows[0]!.v);
    const sessions = await otherSessions(client);
    if (!options.force && (db.runningStartPid || sessions.count > 0)) {
      const why = db.runningStartPid
        ? `\`npm start\` is running it (PostgreSQL pid ${db.runningStartPid})`
        : `${sessions.count} other connection(s) are open on it (${sessions.apps})`;
      throw new Error(`The app appears to be running against ${db.label}: ${why}. Stop the app first, or pass --force to restore anyway. Nothing was restored.`);
    }

    pgRestore = resolvePgTool({ tool: "pg_restore", serverMajor });
    const listed = await runTool(pgRestore, ["--list", file], process.env);
    if (listed.code !== 0) throw new Error(`${file} is not a pg_dump archive pg_restore can read: ${listed.stderr.trim()} Nothing was restored.`);
    archiveTables = tablesWithData(listed.stdout);
    if (!archiveTables.includes("_prisma_migrations")) throw new Error(`${file} is not a Casefile backup (it holds no _prisma_migrations table). Nothing was restored.`);
    const extra = await objectsNotInArchive(client, objectsInArchive(listed.stdout));
    if (extra.length > 0) {
      throw new Error(
        `${db.label} holds objects the backup does not (${extra.slice(0, 8).join(", ")}${extra.length > 8 ? ", …" : ""}), most likely from migrations newer than the backup. ` +
          `A restore would leave them behind and the next migration would fail on them. Restore into an empty database instead: ` +
          `CASEFILE_DATA_DIR=<new directory> npm run db:restore -- <file> for the embedded one, or an empty database in DATABASE_URL. Nothing was restored.`,
      );
    }
  } finally {
    await client.end().catch(() => undefined);
  }

  // The bytes first: they only add to the store (content-addressed), so a restore that fails
  // below leaves the database as it was and the store with a few unused files.
  const evidenceDir = evidenceDirOf(file);
  if (existsSync(evidenceDir)) {
    const { restored, damaged } = await restoreEvidence(evidenceDir);
    say(`Evidence: ${restored} files' bytes from ${evidenceDir} are in the store.`);
    if (damaged.length > 0) console.error(`[restore] ${damaged.length} file(s) in ${evidenceDir} do not hash to their name and were not restored: ${damaged.join(", ")}`);
  } else if (options.manifest?.evidence?.store === "local" && options.manifest.evidence.copied.length > 0) {
    console.error(`[restore] The backup copied ${options.manifest.evidence.copied.length} evidence files into ${evidenceDir}, which is not there; the check below names the records left without bytes.`);
  }

  say(`Restoring ${path.basename(file)} into ${db.label}…`);
  const connection = libpqConnection(db.url);
  // --single-transaction: the drops (--clean) and the load commit together or not at all.
  // --no-owner --no-acl: the target's roles need not match the source's (a GRANT to a role
  // missing here would fail the whole transaction).
  const queueClient = await connectTo(db, "casefile-restore");
  let run: Awaited<ReturnType<typeof runTool>>;
  try {
    const setAside = await setAsideQueueSchema(queueClient);
    run = await runTool(pgRestore, ["--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--no-owner", "--no-acl", connection.dbnameArg, file], connection.env);
    if (setAside) await settleQueueSchema(queueClient, run.code === 0);
  } finally {
    await queueClient.end().catch(() => undefined);
  }
  if (run.code !== 0) {
    const reason = run.stderr.trim().split("\n").slice(-4).join(" ");
    throw new Error(`pg_restore failed (exit ${run.code}); the restore ran in one transaction, so the database was left as it was. ${reason}`);
  }
  const restoredIn = (Date.now() - started) / 1000;
  await verify(db, { manifest: options.manifest, archiveTables });
  say(`Restored ${file} into ${db.label} in ${restoredIn.toFixed(1)} s.`);
  await checkEvidence(db);
}

/** Every evidence record must have its bytes: the ones that do not are named, and the command fails. */
async function checkEvidence(db: AppDatabase): Promise<void> {
  const client = await connectTo(db, "casefile-restore");
  let outcome;
  try {
    outcome = await recordsWithoutBytes(client);
  } finally {
    await client.end().catch(() => undefined);
  }
  if (outcome.missing.length === 0) {
    say(`Evidence: all ${outcome.checked} evidence records have their bytes in the store.`);
    return;
  }
  const lines = outcome.missing.map((r) => `  MISSING  ${r.caseSlug}  ${r.id}  ${r.sha256}  ${r.title}${r.deleted ? " (deleted)" : ""}`);
  throw new Error(
    `The database is restored, but ${outcome.missing.length} of ${outcome.checked} evidence records have no bytes in the evidence store:\n${lines.join("\n")}\n` +
      `Put the files back (from the backup's .evidence directory or the S3 bucket's copy), then run npm run evidence:verify.`,
  );
}

async function verify(db: AppDatabase, { manifest, archiveTables }: { manifest: BackupManifest | null; archiveTables: string[] }): Promise<void> {
  const client = await connectTo(db, "casefile-restore");
  try {
    const counts = await tableRowCounts(client);
    const migrations = await appliedMigrations(client);
    const problems = manifest
      ? compareCounts(manifest.tables, counts)
      : archiveTables.filter((t) => !(t in counts)).map((t) => `table ${t} is missing`);
    if (manifest && migrations.join(",") !== manifest.migrations.join(",")) problems.push("the applied migrations differ from the backup's");
    if (problems.length > 0) throw new Error(`The restore finished but does not match the backup: ${problems.join("; ")}.`);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    say(
      manifest
        ? `Verified: ${Object.keys(counts).length} tables and ${rows} rows match the backup's manifest (made ${manifest.createdAt}).`
        : `Verified: all ${archiveTables.length} tables of the archive are present (${rows} rows); no manifest, so row counts were not compared.`,
    );
    const known = readdirSync(path.join(root, "prisma/migrations")).filter((d) => existsSync(path.join(root, "prisma/migrations", d, "migration.sql")));
    const pending = known.filter((m) => !migrations.includes(m));
    const unknown = migrations.filter((m) => !known.includes(m));
    if (pending.length > 0) say(`The backup predates ${pending.length} migration(s) of this code; \`npm start\` (or \`npx prisma migrate deploy\`) applies them.`);
    if (unknown.length > 0) say(`The backup has ${unknown.length} migration(s) this code does not know (${unknown.join(", ")}): it was made by a newer Casefile.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { force: { type: "boolean", default: false } } });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`, 2);
  }
  const [given] = parsed.positionals;
  if (!given || parsed.positionals.length > 1) fail(`Give exactly one backup file.\n${USAGE}`, 2);
  const file = path.resolve(given);
  if (!existsSync(file) || !statSync(file).isFile()) fail(`No such file: ${file}\n${USAGE}`, 2);

  let manifest: BackupManifest | null;
  try {
    manifest = await checkFile(file);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  let db: AppDatabase;
  try {
    db = await openAppDatabase({ purpose: "restore", say });
  } catch (error) {
    fail(error instanceof AppDatabaseError ? error.message : `Could not reach the database: ${String(error)}`);
  }
  try {
    await restore(db, file, { force: parsed.values.force, manifest });
  } catch (error) {
    await db.close();
    fail(error instanceof Error ? error.message : String(error));
  }
  await db.close();
}

await main();
