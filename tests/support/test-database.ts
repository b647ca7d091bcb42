// A fresh database per test run, on the embedded server (or on DATABASE_URL's server when set),
// migrated through the real path: the Prisma CLI and our offline schema engine.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/db/embedded-postgres";
import { migrateDeploy } from "@/scripts/db/migrate";

export interface TestDatabase {
  url: string;
  /** Admin URL on the same server (database "postgres"), for creating scratch databases. */
  adminUrl: string;
  dispose(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const root = path.resolve(import.meta.dirname, "../..");
  let embedded: EmbeddedServer | undefined;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, "postgres");
  } else {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, ".data/test-postgres"), database: "postgres" });
    adminUrl = embedded.urlFor("postgres");
  }
  const name = `casefile_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  migrateDeploy(url, { recoverFailed: false });

  return {
    url,
    adminUrl,
    async dispose() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await client.end();
      await embedded?.stop();
    },
  };
}
