import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";

/** A Prisma client on the database the e2e server uses, for setting up what no page creates. */
export function e2eDatabase(): PrismaClient {
  const external = process.env.E2E_DATABASE_URL;
  if (external) return createPrismaClient({ url: external, poolSize: 2 });
  const state = readEmbeddedState(path.resolve(import.meta.dirname, "../../.data/e2e"));
  if (!state || !process.env.E2E_DB_NAME) throw new Error("The e2e database is not running.");
  return createPrismaClient({ url: embeddedUrl(state, process.env.E2E_DB_NAME), poolSize: 2 });
}
