import "server-only";
import type { PrismaClient } from "./create-client";
import { prisma } from "./prisma";

// Where read-only queries go. Groundwork for the read replica (issue 18): today every read goes
// to the primary; DATABASE_REPLICA_URL routing, the lag rule and the takedown barrier fill these
// two functions in without changing their callers.

/** The client for public reads (published versions) and heavy read-only workspace queries. */
export function readClient(): PrismaClient {
  return prisma;
}

/**
 * Told by the cross-instance invalidation listener that a public change committed on the
 * primary at WAL position `lsn` (e.g. "0/3000148"): from now on no public read may come from a
 * replica that has not replayed it.
 */
export function requireReplicaAt(lsn: string): void {
  void lsn;
}
