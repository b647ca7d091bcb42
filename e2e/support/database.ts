import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { E2E_INSTALLS, type E2eInstall } from "./installs";

/** A Prisma client on the database the e2e server uses, for setting up what no page creates. */
export function e2eDatabase(install: E2eInstall = "seeded"): PrismaClient {
  const external = install === "seeded" ? process.env.E2E_DATABASE_URL : undefined;
  if (external) return createPrismaClient({ url: external, poolSize: 2 });
  const state = readEmbeddedState(path.resolve(import.meta.dirname, "../..", E2E_INSTALLS[install].dataDir));
  if (!state || !process.env.E2E_DB_NAME) throw new Error("The e2e database is not running.");
  return createPrismaClient({ url: embeddedUrl(state, process.env.E2E_DB_NAME), poolSize: 2 });
}
