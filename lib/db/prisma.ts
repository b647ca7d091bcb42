import "server-only";
import { createPrismaClient, type PrismaClient } from "./create-client";
import { env } from "@/lib/env";

// One client per process, created on first use so that `next build` (which imports every
// route) never needs a database. In development Next.js re-evaluates modules on each change,
// so the client is kept on globalThis to avoid opening a new pool every time.
const globalForPrisma = globalThis as unknown as { casefilePrisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.casefilePrisma) {
    const config = env();
    globalForPrisma.casefilePrisma = createPrismaClient({
      url: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      poolTimeoutMs: config.DATABASE_POOL_TIMEOUT_MS,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    });
  }
  return globalForPrisma.casefilePrisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value: unknown = Reflect.get(target, property);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
