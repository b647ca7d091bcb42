// A real PostgreSQL streaming replica of a running server, for the read-replica tests, the
// cluster test and the load benchmark: `pg_basebackup -R` copies the primary (Debian's
// postgresql-client of the embedded server's major version), and the embedded server's own
// `postgres` binary runs the copy as a hot standby. Nothing here is used by the app itself.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { appendFileSync, chmodSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { arch, platform, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_PG_MAJOR, EmbeddedPostgresError } from "./embedded-postgres";
import { libpqConnection, resolvePgTool, runTool } from "./pg-tools";

export interface StreamingReplica {
  /** The primary's URL with the replica's port: the same user, password and database. */
  url: string;
  port: number;
  clusterDir: string;
  /** Stops applying WAL (`pg_wal_replay_pause()`): the replica keeps answering, with old data. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** `pg_last_wal_replay_lsn()`, e.g. "0/3000148". */
  replayLsn(): Promise<string>;
  /** Fast shutdown; resolves when the process has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data after stop(). */
  start(): Promise<void>;
}

export interface ReplicaOptions {
  primaryUrl: string;
  /** An empty (or missing) directory for the copy; deleted first if `fresh`. */
  clusterDir: string;
  port: number;
  fresh?: boolean;
  onInfo?: (line: string) => void;
}

async function postgresBinary(): Promise<string> {
  const binaries = (await import(/* @vite-ignore */ `@embedded-postgres/${platform()}-${arch()}`)) as { postgres: string };
  return binaries.postgres;
}

/** PostgreSQL refuses to run as root; the embedded server runs as the `postgres` OS user then. */
function runAs(): { uid: number; gid: number } | undefined {
  if (userInfo().uid !== 0) return undefined;
  const uid = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) throw new EmbeddedPostgresError('Running as root and there is no "postgres" OS user (start the embedded primary first: it creates one).');
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new EmbeddedPostgresError(`The replica stopped while starting: ${log().trim().split("\n").slice(-3).join(" ")}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new EmbeddedPostgresError(`The replica did not answer within 60 s: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** Copies the primary with pg_basebackup and starts the copy as a streaming hot standby. */
export async function startStreamingReplica(options: ReplicaOptions): Promise<StreamingReplica> {
  const onInfo = options.onInfo ?? (() => undefined);
  const { clusterDir, port } = options;
  const owner = runAs();
  if (options.fresh && existsSync(clusterDir)) rmSync(clusterDir, { recursive: true, force: true });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    mkdirSync(clusterDir, { recursive: true });
    chmodSync(clusterDir, 0o700);
    const basebackup = resolvePgTool({ tool: "pg_basebackup", serverMajor: Number(EMBEDDED_PG_MAJOR) });
    const { dbnameArg, env } = libpqConnection(options.primaryUrl);
    onInfo(`Copying the primary with pg_basebackup into ${clusterDir}`);
    // -R writes standby.signal and primary_conninfo; -X stream copies the WAL written meanwhile.
    const copy = await runTool(basebackup, [dbnameArg, "-D", clusterDir, "-R", "-X", "stream", "-c", "fast", "--no-sync"], env);
    if (copy.code !== 0) throw new EmbeddedPostgresError(`pg_basebackup failed: ${copy.stderr.trim()}`);
    if (owner) spawnSync("chown", ["-R", `${owner.uid}:${owner.gid}`, clusterDir]);
  }

  const url = (() => {
    const parsed = new URL(options.primaryUrl);
    parsed.port = String(port);
    return parsed.toString();
  })();
  const logFile = path.join(path.dirname(clusterDir), `${path.basename(clusterDir)}.log`);
  const binary = await postgresBinary();
  let child: ChildProcess | undefined;

  const launch = async () => {
    let recent = "";
    const record = (chunk: Buffer) => {
      recent = (recent + chunk.toString()).slice(-10_000);
      appendFileSync(logFile, chunk);
    };
    const started = spawn(
      binary,
      ["-D", clusterDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "hot_standby=on", "-c", "max_connections=200"],
      { stdio: ["ignore", "pipe", "pipe"], ...(owner ?? {}) },
    );
    started.stdout?.on("data", record);
    started.stderr?.on("data", record);
    child = started;
    await waitUntilAnswering(url, started, () => recent);
    onInfo(`Streaming replica answering on 127.0.0.1:${port}`);
  };

  const query = async (sql: string): Promise<string> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const result = await client.query<{ value: string | null }>(sql);
      return String(result.rows[0]?.value ?? "");
    } finally {
      await client.end();
    }
  };

  await launch();
  return {
    url,
    port,
    clusterDir,
    pauseReplay: async () => void (await query("SELECT pg_wal_replay_pause()::text AS value")),
    resumeReplay: async () => void (await query("SELECT pg_wal_replay_resume()::text AS value")),
    replayLsn: () => query("SELECT pg_last_wal_replay_lsn()::text AS value"),
    async stop() {
      const running = child;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      running.kill("SIGINT");
      await exited;
    },
    async start() {
      if (child && child.exitCode === null) return;
      await launch();
    },
  };
}
