// `npm start`: database, migrations, reference data, then the worker (scripts/worker.ts: mail and
// scheduled jobs) and the web server, as two child processes; either one exiting stops the other.
//
//   DATABASE_URL unset → an embedded PostgreSQL in .data/postgres (created on first run,
//                        loaded with the reference case and demo data, stopped on exit).
//   DATABASE_URL set   → that server; migrations are applied, nothing else is loaded unless
//                        CASEFILE_SEED=1.
//
// Flags: --dev serves in development mode (like `next dev`) instead of a production build.
// Environment: PORT (3000), HOST, CASEFILE_DATA_DIR (.data), EMBEDDED_PG_PORT (free port),
// CASEFILE_DB_NAME (casefile), CASEFILE_EPHEMERAL_DB=1 drops that database on exit (tests),
// CASEFILE_SEED_CASES=0 loads the demo users but no cases (an installation on its first day).
//
// package.json runs this file as `exec node --import tsx scripts/start.ts`. npm passes SIGTERM and
// SIGINT only to its own child, the `sh -c` of the script, and sh (dash) neither forwards them nor
// execs the command; `exec` makes this process npm's child. The tsx CLI is left out too: it would
// sit in between and SIGKILL this process when it does not acknowledge a signal within 30 ms (a
// busy machine, or a synchronous step such as the migrations), orphaning PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
import { createShutdown } from "./shutdown";
import { buildWebApp, webBuildIsStale } from "./web-build";

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
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * The background worker (`npm run worker`'s script, with the hook that lets it load server
 * modules). It exiting on its own stops everything, saying so: a web server without its worker
 * would queue mail that nobody sends.
 */
function startWorkerProcess(env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", path.join(root, "scripts/allow-server-only.mjs"), path.join(root, "scripts/worker.ts")], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env,
  });
  child.on("exit", (code, signal) => {
    if (shutdown.stopping) return;
    console.error(`[casefile] The worker exited (${signal ?? `code ${code}`}); stopping the web server and the database.`);
    void shutdown.stop(code || 1);
  });
  return child;
}

/** SIGTERM, then SIGKILL if it is still running after 10 s; resolves when it has exited. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

// Ctrl-C, SIGTERM and SIGHUP stop the web server first, then the database, and leave nothing
// running. The embedded-postgres package hooks those signals (through async-exit-hook) to stop
// PostgreSQL at once, alongside the web server and before a test database can be dropped; this
// script takes them over.
for (const event of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);
const shutdown = createShutdown({ onError: (step, error) => console.error(`[casefile] Could not ${step}: ${String(error)}`) });

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) fail(`PORT must be a port number; got "${process.env.PORT}".`);
  if (!(await portIsFree(port))) fail(`Port ${port} is already in use. Stop whatever is using it, or start on another port: PORT=3001 npm start`);

  // A signal can come while PostgreSQL is still starting: the stop waits for it, then stops it.
  const starting = prepareDatabase();
  shutdown.defer("stop PostgreSQL", async () => (await starting.catch(() => undefined))?.embedded?.stop());
  let db: Awaited<typeof starting>;
  try {
    db = await starting;
  } catch (error) {
    fail(error instanceof EmbeddedPostgresError ? error.message : `Could not start the database: ${String(error)}`);
  }
  if (shutdown.stopping) return;
  const { url, embedded } = db;
  if (embedded && process.env.CASEFILE_EPHEMERAL_DB === "1") shutdown.defer("drop the test database", () => dropEphemeral(embedded, new URL(url).pathname.slice(1)));

  try {
    const { applied } = migrateDeploy(url, { recoverFailed: Boolean(embedded) });
    say(applied.length > 0 ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  } catch (error) {
    console.error(`[casefile] ${error instanceof MigrationError ? error.message : String(error)}`);
    return shutdown.stop(1);
  }
  if (shutdown.stopping) return;

  let demoLogins: Awaited<ReturnType<typeof seedDemoUsers>> = [];
  if (embedded || process.env.CASEFILE_SEED === "1") {
    const prisma = createPrismaClient({ url });
    try {
      if (process.env.CASEFILE_SEED_CASES === "0") say("No cases loaded (CASEFILE_SEED_CASES=0).");
      else {
        const seeded = await seedDatabase(prisma, { demo: Boolean(embedded) });
        if (seeded.referenceCreated) say("Loaded the reference case: Kakao Pay → Alipay.");
        if (seeded.demoCasesCreated > 0) say(`Loaded ${seeded.demoCasesCreated} fictional demo cases.`);
      }
      if (embedded) demoLogins = await seedDemoUsers(prisma, embedded.dataDir);
    } finally {
      await prisma.$disconnect();
    }
  }
  const authEnv = embedded
    ? { NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || embeddedAuthSecret(embedded.dataDir), NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}` }
    : {};

  if (!dev && !shutdown.stopping && webBuildIsStale(root)) {
    say("Building the web app (first run, or the code changed)…");
    const abort = new AbortController();
    const built = buildWebApp(root, abort.signal);
    shutdown.defer("stop the build", async () => {
      abort.abort();
      await built;
    });
    if (!(await built) && !shutdown.stopping) {
      console.error("[casefile] The web app did not build; see the output above.");
      return shutdown.stop(1);
    }
  }
  if (shutdown.stopping) return;

  // The worker before the web server, so that the web server (stopped first) stops before it.
  const worker = startWorkerProcess({ ...process.env, ...authEnv, DATABASE_URL: url });
  shutdown.defer("stop the worker", () => stopChild(worker));

  const host = process.env.HOST ?? (embedded ? "127.0.0.1" : "0.0.0.0");
  // Next.js in scripts/serve.ts rather than `next start`: it tells the app each connection's address.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts"), ...(dev ? ["--dev"] : [])], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, ...authEnv, DATABASE_URL: url, NODE_ENV: dev ? "development" : "production", PORT: String(port), HOST: host },
  });
  shutdown.defer("stop the web server", () => stopChild(child));
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
    if (shutdown.stopping) return;
    console.error(`[casefile] The web server exited (code ${code}); stopping the worker and the database.`);
    void shutdown.stop(code ?? 1);
  });
}

main().catch((error: unknown) => {
  // Stopping ends connections that start-up may still be using; those errors are expected.
  if (!shutdown.stopping) console.error(`[casefile] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  void shutdown.stop(1);
});
