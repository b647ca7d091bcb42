// `npm start`: database, migrations, reference data, then the web server.
//
//   DATABASE_URL unset → an embedded PostgreSQL in .data/postgres (created on first run,
//                        loaded with the reference case and demo data, stopped on exit).
//   DATABASE_URL set   → that server; migrations are applied, nothing else is loaded unless
//                        CASEFILE_SEED=1.
//
// Flags: --dev serves in development mode (like `next dev`) instead of a production build.
// Environment: PORT (3000), HOST, CASEFILE_DATA_DIR (.data), EMBEDDED_PG_PORT (free port),
// CASEFILE_DB_NAME (casefile), CASEFILE_EPHEMERAL_DB=1 drops that database on exit (tests).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/create-client";
import { parseServerEnv } from "@/lib/env-schema";
import { seedDemoUsers } from "@/prisma/seed/demo-users";
import { seedDatabase } from "@/prisma/seed/index";
import { startEmbeddedPostgres, EmbeddedPostgresError, type EmbeddedServer } from "./db/embedded-postgres";
import { defaultDataDir } from "./db/embedded-runtime";
import { migrateDeploy, MigrationError } from "./db/migrate";

const root = path.resolve(import.meta.dirname, "..");
const startedAt = Date.now();
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

const say = (line: string) => console.log(`[casefile] ${line}`);
function fail(message: string): never {
  console.error(`[casefile] ${message}`);
  process.exit(1);
}

async function portIsFree(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(p, () => server.close(() => resolve(true)));
  });
}

async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const { hostname, port: dbPort } = new URL(url);
    const e = error as { code?: string; message?: string };
    fail(`Cannot reach the database in DATABASE_URL (${hostname}:${dbPort || 5432}): ${e.code ?? ""} ${e.message ?? String(error)}`.replace(/\s+/g, " ").trim());
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Newest modification time under the given paths, to tell whether a build is stale. Directory
 * times count too: deleting a file changes only its directory's time.
 */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory() && !p.endsWith("generated")) {
      for (const entry of readdirSync(p)) walk(path.join(p, entry));
    }
  };
  paths.forEach((p) => walk(path.join(root, p)));
  return newest;
}

function ensureBuild(): void {
  const buildId = path.join(root, ".next/BUILD_ID");
  const sources = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestMtime(sources)) return;
  say("Building the web app (first run, or the code changed)…");
  const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (build.status !== 0) fail("The web app did not build; see the output above.");
}

async function prepareDatabase(): Promise<{ url: string; embedded?: EmbeddedServer }> {
  if (process.env.DATABASE_URL) {
    try {
      parseServerEnv(process.env);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
    await checkReachable(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: defaultDataDir(root),
    database: process.env.CASEFILE_DB_NAME ?? "casefile",
    port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
    onInfo: say,
  });
  say(`Embedded PostgreSQL is running on 127.0.0.1:${embedded.port} (data in ${path.relative(root, embedded.dataDir) || "."}/postgres).`);
  return { url: embedded.url, embedded };
}

/** The embedded demo signs its cookies with a secret generated once and kept in the data directory. */
function embeddedAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

function printDemoLogins(credentials: { email: string; password: string; role: string }[]): void {
  const width = Math.max(...credentials.map((c) => c.email.length));
  say("Demo sign-ins (this machine's embedded database only):");
  for (const c of credentials) console.log(`    ${c.role.padEnd(13)} ${c.email.padEnd(width)}  ${c.password}`);
}

async function dropEphemeral(embedded: EmbeddedServer, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: embedded.urlFor("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  await admin.end();
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) fail(`PORT must be a port number; got "${process.env.PORT}".`);
  if (!(await portIsFree(port))) fail(`Port ${port} is already in use. Stop whatever is using it, or start on another port: PORT=3001 npm start`);

  let db: Awaited<ReturnType<typeof prepareDatabase>>;
  try {
    db = await prepareDatabase();
  } catch (error) {
    fail(error instanceof EmbeddedPostgresError ? error.message : `Could not start the database: ${String(error)}`);
  }
  const { url, embedded } = db;

  const web: { child?: ChildProcess } = {};
  let stopping = false;
  // Ctrl-C and SIGTERM stop the web server first, then the database, and leave nothing running.
  exitHook((done) => {
    stopping = true;
    const finish = async () => {
      const child = web.child;
      if (child && child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => {
            child.kill("SIGKILL");
            resolve();
          }, 10_000).unref();
        });
      }
      if (embedded && process.env.CASEFILE_EPHEMERAL_DB === "1") await dropEphemeral(embedded, new URL(url).pathname.slice(1)).catch(() => undefined);
      await embedded?.stop();
    };
    finish().finally(done);
  });

  try {
    const { applied } = migrateDeploy(url, { recoverFailed: Boolean(embedded) });
    say(applied.length > 0 ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  } catch (error) {
    await embedded?.stop();
    fail(error instanceof MigrationError ? error.message : String(error));
  }

  let demoLogins: Awaited<ReturnType<typeof seedDemoUsers>> = [];
  if (embedded || process.env.CASEFILE_SEED === "1") {
    const prisma = createPrismaClient({ url });
    try {
      const seeded = await seedDatabase(prisma, { demo: Boolean(embedded) });
      if (seeded.referenceCreated) say("Loaded the reference case: Kakao Pay → Alipay.");
      if (seeded.demoCasesCreated > 0) say(`Loaded ${seeded.demoCasesCreated} fictional demo cases.`);
      if (embedded) demoLogins = await seedDemoUsers(prisma, embedded.dataDir);
    } finally {
      await prisma.$disconnect();
    }
  }
  const authEnv = embedded
    ? { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || embeddedAuthSecret(embedded.dataDir), NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}` }
    : {};

  if (!dev) ensureBuild();

  const host = process.env.HOST ?? (embedded ? "127.0.0.1" : "0.0.0.0");
  // Next.js in scripts/serve.ts rather than `next start`: it tells the app each connection's address.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts"), ...(dev ? ["--dev"] : [])], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...authEnv, DATABASE_URL: url, NODE_ENV: dev ? "development" : "production", PORT: String(port), HOST: host },
  });
  web.child = child;
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    process.stdout.write(text);
    if (/Ready in|ready started|✓ Ready/i.test(text)) {
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
      say(`Casefile is ready at http://localhost:${port} (started in ${seconds}s). Press Ctrl-C to stop.`);
      if (demoLogins.length > 0) printDemoLogins(demoLogins);
    }
  });
  child.on("exit", (code) => {
    if (stopping) return;
    console.error(`[casefile] The web server exited (code ${code}); stopping the database.`);
    void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(code ?? 1));
  });
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
