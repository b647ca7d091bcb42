// Builds a Prisma client over node-postgres. Shared by the app (lib/db/prisma.ts) and by scripts and
// tests, which cannot import server-only modules.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export interface ClientOptions {
  url: string;
  poolSize?: number;
  poolTimeoutMs?: number;
  statementTimeoutMs?: number;
}

export function createPrismaClient({ url, poolSize = 10, poolTimeoutMs = 5_000, statementTimeoutMs = 15_000 }: ClientOptions): PrismaClient {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: poolTimeoutMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs,
    application_name: "casefile",
    // Prisma keeps instants as UTC in `timestamp without time zone`; SQL that mixes them with
    // now() or defaults must agree, whatever time zone the server was installed with.
    options: "-c TimeZone=UTC",
  });
  // A connection the server ends (a restart, a failover, an administrator's command) emits "error"
  // on its client. The pool listens only while the client is idle, Prisma only while a
  // transaction holds it: a client caught between the two (being released, or between two
  // statements) has no listener, and an unheard "error" event is an uncaught exception that can
  // bring the process down. The statement in flight, if any, fails by itself and is answered 503.
  pool.on("connect", (client) => {
    client.on("error", (error) => console.warn(`[db] A database connection was closed: ${error.message}`));
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // An interactive transaction ($transaction(async (tx) => …)) waits for its connection as long as
  // any other query (Prisma's own default would be 2 s), and may stay open as long as one
  // statement may run (DATABASE_STATEMENT_TIMEOUT_MS; Prisma's default would be 5 s) before it is
  // rolled back.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: poolTimeoutMs, timeout: statementTimeoutMs } });
}

export type { PrismaClient };
