// A PostgreSQL server of the fault test's own (under /tmp/faults-*), which the test may stop,
// crash and restart on the same port: never the integration suite's or anybody else's.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/db/embedded-postgres";
import { isAlive } from "@/scripts/db/embedded-runtime";
import { migrateDeploy } from "@/scripts/db/migrate";

export interface FaultDatabase {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server the way `pg_ctl stop -m fast` (SIGINT) or `-m immediate` (SIGQUIT, a crash: recovery from WAL on restart) does. */
  stop(mode: "fast" | "immediate"): Promise<void>;
  /** Starts it again on the same port and data. */
  restart(): Promise<void>;
  /** One statement on a connection of its own (not the app's pool), writable even when the database defaults to read-only. */
  query<R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<R[]>;
  dispose(): Promise<void>;
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
}

async function waitUntil(check: () => boolean, what: string, limitMs = 30_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startFaultDatabase(label: string): Promise<FaultDatabase> {
  const dataDir = mkdtempSync(`/tmp/faults-${label}-`);
  let server: EmbeddedServer | null = await startEmbeddedPostgres({ dataDir, database: "casefile" });
  const { port, url } = server;
  migrateDeploy(url, { recoverFailed: false });
  const query = async <R extends pg.QueryResultRow>(sql: string, values?: unknown[]) => {
    const client = new pg.Client({ connectionString: url, options: "-c TimeZone=UTC -c default_transaction_read_only=off" });
    await client.connect();
    try {
      return (await client.query<R>(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  return {
    url,
    port,
    dataDir,
    query,
    async stop(mode) {
      const pid = postmasterPid(dataDir);
      process.kill(pid, mode === "fast" ? "SIGINT" : "SIGQUIT");
      await waitUntil(() => !isAlive(pid), `PostgreSQL (pid ${pid}) to stop`);
      server = null;
    },
    async restart() {
      server = await startEmbeddedPostgres({ dataDir, database: "casefile", port });
    },
    async dispose() {
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Points the app's configuration (lib/env.ts, read on first use) at this server. */
export function configureAppDatabase(db: FaultDatabase, settings: { poolSize: number; poolTimeoutMs: number; statementTimeoutMs: number }) {
  process.env.DATABASE_URL = db.url;
  process.env.DATABASE_POOL_SIZE = String(settings.poolSize);
  process.env.DATABASE_POOL_TIMEOUT_MS = String(settings.poolTimeoutMs);
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = String(settings.statementTimeoutMs);
  process.env.NEXTAUTH_SECRET ??= "fault-tests-only-secret-0123456789abcdef";
}

/**
 * A fault database the app code in this test process uses, with one regulator signed in (through
 * the file's mocked getViewer, which reads `session.id`) and one case assigned to them.
 */
export async function openFaultCase(label: string, settings: Parameters<typeof configureAppDatabase>[1], session: { id: string }) {
  const db = await startFaultDatabase(label);
  configureAppDatabase(db, settings);
  const { makeCase, makeViewer } = await import("@/tests/support/factories");
  const regulator = await makeViewer("regulator");
  session.id = regulator.sessionId;
  const incident = await makeCase({ assignTo: [regulator.id] });
  return { db, regulator, incident };
}

/** Closes the app's pool and removes the fault database. */
export async function closeFaultCase(db: FaultDatabase | undefined): Promise<void> {
  const { prisma } = await import("@/lib/db/prisma");
  await prisma.$disconnect();
  await db?.dispose();
}
