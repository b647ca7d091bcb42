import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db/create-client";

/** A Prisma client on this run's freshly migrated test database. */
export function testPrisma() {
  return createPrismaClient({ url: inject("databaseUrl") });
}
