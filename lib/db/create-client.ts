// Builds a Prisma client over node-postgres. Shared by the app (lib/db/prisma.ts) and by scripts and
// tests, which cannot import server-only modules.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";


export interface ClientOptions {
  url: string;
  poolSize?: number;
  poolTimeoutMs?: number;
  statementTimeoutMs?: number;
}

export function createPrismaClient({ url, poolSize = 10, poolTimeoutMs = 5_000, statementTimeoutMs = 15_000 }: ClientOptions): PrismaClient {
  const adapter = new PrismaPg({
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
  // An interactive transaction ($transaction(async (tx) => …)) waits for its connection as long as
  // any other query (Prisma's own default would be 2 s), and may stay open as long as one
  // statement may run (DATABASE_STATEMENT_TIMEOUT_MS; Prisma's default would be 5 s) before it is
  // rolled back.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: poolTimeoutMs, timeout: statementTimeoutMs } });
}

export type { PrismaClient };
