// The offline schema engine, driven the way users drive it: through the real Prisma CLI, in a
// scratch copy of the project, against a real PostgreSQL, with engine downloads made impossible.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const repo = path.resolve(import.meta.dirname, "../..");
const bridge = path.join(repo, "prisma/engine/schema-engine.mjs");
let work: string;
let adminUrl: string;
const databases: string[] = [];

function urlFor(database: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function prisma(args: string[], database: string) {
  const result = spawnSync(path.join(repo, "node_modules/.bin/prisma"), args, {
    cwd: work,
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: urlFor(database),
      // Any attempt to download an engine binary would go here and fail at once.
      PRISMA_ENGINES_MIRROR: "http://127.0.0.1:9",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
    timeout: 120_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function engineCli(command: string, database: string) {
  const result = spawnSync(bridge, ["--datasource", JSON.stringify({ url: urlFor(database) }), "cli", command], { encoding: "utf8" });
  return { status: result.status, stderr: result.stderr };
}

async function query<T>(database: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const shadowDatabases = async () =>
  (await query<{ datname: string }>("postgres", "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_shadow_%'")).map((r) => r.datname);

beforeAll(() => {
  adminUrl = inject("adminDatabaseUrl");
  work = mkdtempSync(path.join(tmpdir(), "casefile-bridge-"));
  cpSync(path.join(repo, "prisma/schema.prisma"), path.join(work, "prisma/schema.prisma"));
  cpSync(path.join(repo, "prisma/migrations"), path.join(work, "prisma/migrations"), { recursive: true });
  symlinkSync(path.join(repo, "node_modules"), path.join(work, "node_modules"));
  writeFileSync(path.join(work, "package.json"), JSON.stringify({ name: "bridge-probe", private: true, type: "module" }));
  writeFileSync(
    path.join(work, "prisma.config.ts"),
    `process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(bridge)};
export default { schema: "prisma/schema.prisma", migrations: { path: "prisma/migrations" }, datasource: { url: process.env.DATABASE_URL } };
`,
  );
});

afterAll(async () => {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  for (const db of databases) await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(db)} WITH (FORCE)`);
  await client.end();
  rmSync(work, { recursive: true, force: true });
});

describe("prisma CLI on the offline engine", () => {
  const db = `bridge_${Date.now()}`;
  databases.push(db);

  it("validates and formats the schema", () => {
    expect(prisma(["validate"], db)).toMatchObject({ status: 0 });
    const schemaFile = path.join(work, "prisma/schema.prisma");
    const before = readFileSync(schemaFile, "utf8");
    writeFileSync(schemaFile, before.replace("model Source {", "model   Source   {"));
    expect(prisma(["format"], db)).toMatchObject({ status: 0 });
    expect(readFileSync(schemaFile, "utf8")).toBe(before);
  });

  it("deploys every migration, including the dollar-quoted audit trigger, and reports status", async () => {
    const deploy = prisma(["migrate", "deploy"], db);
    expect(deploy.out).toMatch(/successfully applied/);
    expect(deploy.status).toBe(0);
    const status = prisma(["migrate", "status"], db);
    expect(status.out).toMatch(/Database schema is up to date/);
    const triggers = await query<{ tgname: string }>(db, "SELECT tgname FROM pg_trigger WHERE tgname LIKE 'audit_events_%'");
    expect(triggers.map((t) => t.tgname).sort()).toEqual(["audit_events_no_truncate", "audit_events_no_update_delete"]);
  });

  it("prints an empty diff between the migrations and the schema", () => {
    const diff = prisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--script"], db);
    expect(diff.status).toBe(0);
    expect(diff.out).toMatch(/This is an empty migration/);
  });

  it("creates a migration for a schema change with `migrate dev --create-only`, then applies it with `migrate dev`", async () => {
    appendFileSync(path.join(work, "prisma/schema.prisma"), "\nmodel Probe {\n  id Int @id\n}\n");
    const create = prisma(["migrate", "dev", "--create-only", "--name", "probe"], db);
    expect(create.status, create.out).toBe(0);
    const dir = readdirSync(path.join(work, "prisma/migrations")).find((d) => d.endsWith("_probe"));
    expect(dir).toBeDefined();
    expect(readFileSync(path.join(work, "prisma/migrations", dir!, "migration.sql"), "utf8")).toMatch(/CREATE TABLE "Probe"/);

    // Applying pending migrations and then checking for drift is the sequence that needs the
    // warmed migration cache in the bridge.
    const dev = prisma(["migrate", "dev"], db);
    expect(dev.status, dev.out).toBe(0);
    expect(await query(db, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Probe'`)).toHaveLength(1);
    expect(await shadowDatabases()).toEqual([]);
  });

  it("resets the database and re-applies the migrations", async () => {
    await query(db, `INSERT INTO organizations (id, slug, name, kind, "updatedAt") VALUES ('o1', 'o1', 'Org', 'company', now())`);
    const reset = prisma(["migrate", "reset", "--force"], db);
    expect(reset.status, reset.out).toBe(0);
    expect(await query(db, "SELECT * FROM organizations")).toEqual([]);
  });

  it("reads the database back with `db pull`", () => {
    const pull = prisma(["db", "pull", "--print"], db);
    expect(pull.status, pull.out).toBe(0);
    expect(pull.out).toMatch(/model AuditEvent \{[^}]*@@map\("audit_events"\)/);
    expect(pull.out).toMatch(/model Probe/);
  });
});

describe("the engine's cli mode", () => {
  const db = `bridge_cli_${Date.now()}`;
  databases.push(db);

  it("reports a missing database as P1003, never on the first stderr line", () => {
    const result = engineCli("can-connect-to-database", db);
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(lines.at(-1)!).fields.error_code).toBe("P1003");
  });

  it("creates and drops a database", async () => {
    expect(engineCli("create-database", db).status).toBe(0);
    expect(engineCli("can-connect-to-database", db).status).toBe(0);
    expect(engineCli("drop-database", db).status).toBe(0);
    expect(await query("postgres", `SELECT 1 FROM pg_database WHERE datname = '${db}'`)).toEqual([]);
  });

  it("reports an unreachable server as P1001", () => {
    const result = spawnSync(bridge, ["--datasource", JSON.stringify({ url: "postgresql://x:y@127.0.0.1:9/none" }), "cli", "can-connect-to-database"], {
      encoding: "utf8",
    });
    expect(result.status).not.toBe(0);
    expect(JSON.parse(result.stderr.trim().split("\n").at(-1)!).fields.error_code).toBe("P1001");
  });
});
