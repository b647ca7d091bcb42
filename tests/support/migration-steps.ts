// Testing a migration that moves data. A scratch database on the integration server is brought up
// to just before the migration under test by running the earlier migrations' SQL in order; the
// test writes rows in the old shape, runs the migration, and reads what it made of them. The SQL
// is the same that `prisma migrate deploy` runs in production; it runs directly here so a test
// can stop between two migrations.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

function migrationNames(): string[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const migrationSql = (name: string) => readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");

export interface DatabaseBeforeMigration {
  /** Connected to the scratch database, which has every migration before the one under test. */
  client: pg.Client;
  /** Runs the migration under test (as one transaction, as the deploy does). */
  migrate(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * A scratch database with every migration applied that sorts before `name` (the folder name of
 * the migration under test, e.g. "20261201130000_money"). Throws when no such migration exists,
 * so a renamed folder fails the test instead of testing nothing.
 */
export async function databaseBeforeMigration(name: string): Promise<DatabaseBeforeMigration> {
  const names = migrationNames();
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`No migration named ${name} in prisma/migrations.`);

  const adminUrl = inject("adminDatabaseUrl");
  const database = `casefile_migration_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const run = async (migration: string) => {
    await client.query("BEGIN");
    try {
      await client.query(migrationSql(migration));
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw new Error(`Migration ${migration} failed: ${(error as Error).message}`);
    }
  };
  for (const earlier of names.slice(0, index)) await run(earlier);

  return {
    client,
    migrate: () => run(name),
    async dispose() {
      await client.end();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
      await drop.end();
    },
  };
}
