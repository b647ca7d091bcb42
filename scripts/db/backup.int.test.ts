// npm run db:backup / db:restore against a scratch database of their own (seeded like `npm start`),
// so restoring never disturbs the run's shared test database: back up, change rows across tables
// (audit trail included), restore, and every table, sequence and migration is as it was.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDemoUsers } from "@/prisma/seed/demo-users";
import { seedDatabase } from "@/prisma/seed/index";
import { REFERENCE_CASE_SLUG } from "@/prisma/seed/reference-case";
import { EMBEDDED_PG_MAJOR } from "./embedded-postgres";
import { migrateDeploy } from "./migrate";
import { findPgTool, type PgTool } from "./pg-tools";

const repo = path.resolve(import.meta.dirname, "../..");
const work = mkdtempSync(path.join(tmpdir(), "casefile-backup-"));
const name = `casefile_backup_${Date.now()}_${randomBytes(3).toString("hex")}`;
let url = "";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(async () => {
  await admin(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  const parsed = new URL(inject("adminDatabaseUrl"));
  parsed.pathname = `/${name}`;
  url = parsed.toString();
  migrateDeploy(url, { recoverFailed: false });
  const prisma = createPrismaClient({ url });
  await seedDatabase(prisma, { demo: true });
  await seedDemoUsers(prisma, work);
  await prisma.$disconnect();
});
afterAll(async () => {
  await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  rmSync(work, { recursive: true, force: true });
});

/** Every table of the public schema (row count + ordered content hash) and every sequence. */
async function databaseState(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC" });
  await client.connect();
  try {
    const state: Record<string, string> = {};
    const relations = await client.query<{ name: string; kind: string }>(
      `SELECT c.relname AS name, c.relkind::text AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S') ORDER BY 1`,
    );
    for (const { name: relation, kind } of relations.rows) {
      const id = `public.${pg.escapeIdentifier(relation)}`;
      const sql =
        kind === "S"
          ? `SELECT 'sequence ' || last_value || ' ' || is_called AS v FROM ${id}`
          : `SELECT count(*) || ' rows ' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '-') AS v FROM ${id} t`;
      state[relation] = (await client.query<{ v: string }>(sql)).rows[0]!.v;
    }
    return state;
  } finally {
    await client.end();
  }
}

function cli(script: "backup" | "restore", args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(path.join(repo, "node_modules/.bin/tsx"), [`scripts/db/${script}.ts`, ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Inserts, updates and deletes across several tables, the audit trail and the series rollup included. */
async function mutate(label: string): Promise<void> {
  const prisma = createPrismaClient({ url });
  try {
    const reference = await prisma.incident.findUniqueOrThrow({ where: { slug: REFERENCE_CASE_SLUG } });
    const org = await prisma.organization.create({ data: { slug: `org-${label}`, name: `Org ${label}`, kind: "company" } });
    await prisma.incident.create({ data: { slug: `case-${label}`, title: `Case ${label}`, summary: "Added after the backup.", investigatedOrgId: org.id } });
    await prisma.incident.update({ where: { id: reference.id }, data: { title: `Renamed ${label}`, version: { increment: 1 } } });
    const event = await prisma.timelineEvent.findFirstOrThrow({ where: { incidentId: reference.id }, orderBy: { occurredOn: "asc" } });
    await prisma.timelineEvent.delete({ where: { id: event.id } });
    const firstDay = await prisma.dailyRecordCount.findFirstOrThrow({ where: { incidentId: reference.id }, orderBy: { day: "asc" } });
    await prisma.dailyRecordCount.deleteMany({ where: { incidentId: reference.id, day: { lt: new Date(firstDay.day.getTime() + 40 * 86_400_000) } } });
    const user = await prisma.user.findFirstOrThrow({ where: { role: "admin" } });
    await prisma.userSession.create({ data: { userId: user.id, provider: "credentials", expiresAt: new Date(Date.now() + 3_600_000) } });
    await prisma.auditEvent.create({ data: { actorLabel: "backup test", action: "case.renamed", entityType: "incident", entityId: reference.id, after: { label } } });
  } finally {
    await prisma.$disconnect();
  }
}

describe("npm run db:backup and db:restore", () => {
  const dump = () => path.join(work, "seeded.dump");
  let backedUp: Record<string, string> = {};

  it("backs up to a complete file, with a manifest, and prints its path and size", async () => {
    backedUp = await databaseState();
    const result = cli("backup", [dump()]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${dump()} (`);
    expect(result.stdout).toMatch(new RegExp(`${statSync(dump()).size} bytes`));
    expect(existsSync(`${dump()}.manifest.json`)).toBe(true);
    expect(readdirSync(work).filter((f) => f.endsWith(".partial"))).toEqual([]);
    expect(statSync(dump()).mode & 0o777).toBe(0o600);
    // Sanity of the comparison itself: the seed filled the tables this test changes.
    expect(backedUp.audit_events).toMatch(/^[1-9]\d* rows /);
    expect(Object.keys(backedUp)).toEqual(expect.arrayContaining(["_prisma_migrations", "daily_record_counts", "monthly_record_totals", "audit_events_id_seq"]));
  });

  it("passes the password to pg_dump and pg_restore in PGPASSWORD only, never on their command line or in the output", () => {
    const password = decodeURIComponent(new URL(url).password);
    expect(password.length).toBeGreaterThan(8);
    // Wrappers that record how they were called, then run the real tools.
    const record = path.join(work, "calls.log");
    const wrap = (tool: PgTool) => {
      const file = path.join(work, `recording-${tool}`);
      writeFileSync(file, `#!/bin/sh\necho "$0 $* PGPASSWORD=$PGPASSWORD" >> ${record}\nexec ${findPgTool({ tool, serverMajor: Number(EMBEDDED_PG_MAJOR) })} "$@"\n`);
      chmodSync(file, 0o755);
      return file;
    };
    const env = { PG_DUMP: wrap("pg_dump"), PG_RESTORE: wrap("pg_restore") };
    const backup = cli("backup", [path.join(work, "second.dump")], env);
    expect(backup.status, backup.stderr).toBe(0);
    const restore = cli("restore", [path.join(work, "second.dump")], env);
    expect(restore.status, restore.stderr).toBe(0);
    const calls = readFileSync(record, "utf8").trim().split("\n");
    const runs = calls.filter((line) => line.includes("--dbname="));
    expect(runs.map((line) => /recording-(\S+)/.exec(line)?.[1])).toEqual(["pg_dump", "pg_restore"]);
    for (const line of runs) {
      const [args, given] = line.split(" PGPASSWORD=");
      expect(args).not.toContain(password);
      expect(given).toBe(password);
    }
    expect(backup.stdout + backup.stderr + restore.stdout + restore.stderr).not.toContain(password);
  });

  it("restores the exact state after inserts, updates and deletes, refusing while another connection is open", async () => {
    await mutate("one");
    const mutated = await databaseState();
    const changed = Object.keys(backedUp).filter((t) => backedUp[t] !== mutated[t]);
    expect(changed).toEqual(
      expect.arrayContaining(["audit_events", "audit_events_id_seq", "daily_record_counts", "incidents", "monthly_record_totals", "organizations", "timeline_events", "user_sessions"]),
    );

    const app = new pg.Client({ connectionString: url, application_name: "casefile" });
    await app.connect();
    const refused = cli("restore", [dump()]);
    await app.end();
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/The app appears to be running .* 1 other connection\(s\) are open on it \(casefile\)\. Stop the app first, or pass --force/);
    expect(await databaseState()).toEqual(mutated);

    const restored = cli("restore", [dump()]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Verified: \d+ tables and \d+ rows match the backup's manifest/);
    expect(await databaseState()).toEqual(backedUp);
  });

  it("refuses a truncated dump before touching the database when the manifest is there", async () => {
    await mutate("two");
    const mutated = await databaseState();
    const truncated = path.join(work, "truncated.dump");
    writeFileSync(truncated, readFileSync(dump()).subarray(0, Math.floor(statSync(dump()).size * 0.9)));
    copyFileSync(`${dump()}.manifest.json`, `${truncated}.manifest.json`);
    const result = cli("restore", [truncated]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/does not match its manifest .* nothing was restored/);
    expect(await databaseState()).toEqual(mutated);
  });

  it("rolls back a restore that fails half-way (truncated dump, no manifest): the database is unchanged", async () => {
    const mutated = await databaseState();
    const truncated = path.join(work, "truncated-bare.dump");
    // Cut inside the table data: the table of contents at the start still reads, so pg_restore
    // starts (drops included) and fails while loading.
    writeFileSync(truncated, readFileSync(dump()).subarray(0, Math.floor(statSync(dump()).size * 0.9)));
    const result = cli("restore", [truncated]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/pg_restore failed .* the database was left as it was/);
    expect(await databaseState()).toEqual(mutated);
    expect(mutated).not.toEqual(backedUp);
  });

  it("refuses to restore over objects the backup does not hold (a newer migration's), which would stay behind", async () => {
    const newer = ["CREATE TYPE \"ReviewKind\" AS ENUM ('a', 'b')", "CREATE TABLE case_reviews (id text PRIMARY KEY, kind \"ReviewKind\")", "CREATE FUNCTION casefile_newer() RETURNS int LANGUAGE sql AS 'SELECT 1'"];
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const sql of newer) await client.query(sql);
    await client.end();
    const before = await databaseState();
    const result = cli("restore", [dump()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/holds objects the backup does not \(FUNCTION casefile_newer, TABLE case_reviews, TYPE ReviewKind\).*Nothing was restored\./);
    expect(await databaseState()).toEqual(before);
    const cleanup = new pg.Client({ connectionString: url });
    await cleanup.connect();
    await cleanup.query('DROP TABLE case_reviews; DROP TYPE "ReviewKind"; DROP FUNCTION casefile_newer()');
    await cleanup.end();
  });

  it("says what to install when pg_dump is missing or from another PostgreSQL", () => {
    const target = path.join(work, "never.dump");
    const missing = cli("backup", [target], { PG_DUMP: path.join(work, "no-such-pg_dump") });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/PG_DUMP is set to .*no-such-pg_dump, which is not an executable file\. Install the PostgreSQL 15 client tools \(Debian\/Ubuntu: apt-get install postgresql-client-15\)/);

    const old = path.join(work, "pg_dump-14");
    writeFileSync(old, "#!/bin/sh\necho 'pg_dump (PostgreSQL) 14.11'\n");
    chmodSync(old, 0o755);
    const wrong = cli("backup", [target], { PG_DUMP: old });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/is from PostgreSQL 14, but the database server runs PostgreSQL 15; pg_dump must be the same major version\. .*apt-get install postgresql-client-15/);
    expect(existsSync(target)).toBe(false);
  });

  it("keeps nothing of a pg_dump that fails half-way", () => {
    const dir = mkdtempSync(path.join(work, "failing-"));
    // Reports version 15, writes part of a file, then fails.
    const failing = path.join(work, "pg_dump-failing");
    writeFileSync(failing, `#!/bin/sh\n[ "$1" = --version ] && { echo 'pg_dump (PostgreSQL) 15.18'; exit 0; }\nfor a; do case "$a" in --file=*) echo partial > "\${a#--file=}";; esac; done\nexit 3\n`);
    chmodSync(failing, 0o755);
    const result = cli("backup", [path.join(dir, "half.dump")], { PG_DUMP: failing });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("pg_dump failed (exit 3); no backup was written.");
    expect(readdirSync(dir)).toEqual([]);
  });
});
