import path from "node:path";
import { defineConfig } from "prisma/config";
import { runningEmbeddedUrl } from "./scripts/db/embedded-runtime";

// Offline by default: the CLI spawns our bridge to Prisma's WebAssembly schema engine instead
// of downloading a native binary. Anyone with network access can unset this to use the native
// engine; the migrations are the same. See prisma/engine/README.md.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "prisma/engine/schema-engine.mjs");

// DATABASE_URL wins. Without it, talk to the embedded server that `npm start` is running.
const url = process.env.DATABASE_URL ?? runningEmbeddedUrl();
if (!url && process.argv.some((arg) => arg === "migrate" || arg === "db")) {
  console.warn("No database: set DATABASE_URL, or run `npm start` first so the embedded PostgreSQL is up (its address is read from .data/).");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  ...(url ? { datasource: { url, ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}) } } : {}),
});
