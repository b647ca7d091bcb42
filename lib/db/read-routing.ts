import "server-only";
import { createPrismaClient, type PrismaClient } from "./create-client";
import { env } from "@/lib/env";
import { prisma } from "./prisma";
import { createReadRouter, type ReadRouter } from "./replica-router";
import { withPrimaryFallback } from "./replica-fallback";

// Where read-only queries go (docs/architecture.md, "Read replica"). Without DATABASE_REPLICA_URL
// everything is the primary. With it, readClient() answers the replica's client only while the
// router's probe shows the replica answering, at or past every position given to
// requireReplicaAt, and within DATABASE_REPLICA_MAX_LAG_MS; otherwise the primary's.

interface Routing {
  router: ReadRouter;
  replica: PrismaClient | null;
}

// One per process, created on first use (like the primary's client) and kept on globalThis: Next
// bundles pages, route handlers and the invalidation listener separately, and a barrier set by
// one bundle's copy of this module must hold for reads made by every other.
const store = globalThis as unknown as { casefileReadRouting?: Routing };

function routing(): Routing {
  if (!store.casefileReadRouting) {
    const config = env();
    const router = createReadRouter({ primaryUrl: config.DATABASE_URL, replicaUrl: config.DATABASE_REPLICA_URL, maxLagMs: config.DATABASE_REPLICA_MAX_LAG_MS });
    const replica = config.DATABASE_REPLICA_URL
      ? withPrimaryFallback(
          createPrismaClient({
            url: config.DATABASE_REPLICA_URL,
            poolSize: config.DATABASE_REPLICA_POOL_SIZE,
            poolTimeoutMs: config.DATABASE_POOL_TIMEOUT_MS,
            statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
          }),
          { primary: prisma, onReplicaGone: (error) => router.replicaGone(error) },
        )
      : null;
    store.casefileReadRouting = { router, replica };
  }
  return store.casefileReadRouting;
}

/** Whether a replica is configured at all (when not, nothing about reads needs remembering). */
export const hasReplica = (): boolean => routing().replica !== null;

/**
 * The client for public reads (published versions) and heavy read-only workspace queries. With
 * `atLeast`, the replica only once it has replayed that WAL position (the reader's own last
 * write: lib/db/read-after-write.ts). Never for writes, nor for reads inside a transaction.
 */
export function readClient(atLeast?: bigint): PrismaClient {
  const { router, replica } = routing();
  return replica && router.decide(atLeast).target === "replica" ? replica : prisma;
}

/**
 * Told by the cross-instance invalidation listener that a public change committed on the
 * primary at WAL position `lsn` (e.g. "0/3000148"): from now on no public read may come from a
 * replica that has not replayed it. Takes effect before it returns, so the caches cleared after
 * it cannot be refilled from a lagging replica.
 */
export function requireReplicaAt(lsn: string): void {
  routing().router.requireAt(lsn);
}

/** The primary's WAL position now, as text ("0/3000148"): at or past every commit acknowledged so far. */
export async function primaryWalLsn(): Promise<string> {
  const [row] = await prisma.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  return row!.lsn;
}
