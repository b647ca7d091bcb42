// A migration that fails half-way leaves nothing behind, and the next start recovers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateDeploy, MigrationError } from "./migrate";

const repo = path.resolve(import.meta.dirname, "../..");
let work: string;
let url: string;
const database = `migrate_${Date.now()}`;

async function sql<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const admin = new URL(inject("adminDatabaseUrl"));
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${database}`);
  await client.end();
  admin.pathname = `/${database}`;
  url = admin.toString();

  work = mkdtempSync(path.join(tmpdir(), "casefile-migrate-"));
  cpSync(path.join(repo, "prisma/schema.prisma"), path.join(work, "schema.prisma"));
  mkdirSync(path.join(work, "migrations/20990101000000_breaks"), { recursive: true });
  writeFileSync(path.join(work, "migrations/migration_lock.toml"), 'provider = "postgresql"\n');
  writeFileSync(path.join(work, "migrations/20990101000000_breaks/migration.sql"), "CREATE TABLE half_done (id int);\nSELECT 1 / 0;\n");
  writeFileSync(
    path.join(work, "prisma.config.ts"),
    `process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(path.join(repo, "prisma/engine/schema-engine.mjs"))};
export default { schema: ${JSON.stringify(path.join(work, "schema.prisma"))}, migrations: { path: ${JSON.stringify(path.join(work, "migrations"))} }, datasource: { url: process.env.DATABASE_URL } };
`,
  );
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await client.end();
  rmSync(work, { recursive: true, force: true });
});

describe("migrateDeploy", () => {
  const config = () => path.join(work, "prisma.config.ts");

  it("fails with a clear message and applies none of a failing migration", async () => {
    expect(() => migrateDeploy(url, { recoverFailed: false, config: config() })).toThrow(MigrationError);
    expect(await sql("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")).toEqual([]);
  });

  it("names the failed migration and the command that recovers it, when recovery is not automatic", () => {
    expect(() => migrateDeploy(url, { recoverFailed: false, config: config() })).toThrow(/20990101000000_breaks.*migrate resolve --rolled-back/);
  });

  it("recovers on the next start once the migration is fixed", async () => {
    writeFileSync(path.join(work, "migrations/20990101000000_breaks/migration.sql"), "CREATE TABLE half_done (id int);\n");
    const { applied } = migrateDeploy(url, { recoverFailed: true, config: config() });
    expect(applied).toEqual(["20990101000000_breaks"]);
    expect(await sql("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")).toHaveLength(1);
  });
});
