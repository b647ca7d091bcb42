// Finding PostgreSQL's own pg_dump/pg_restore and handing them a connection without putting the
// password on a command line (where `ps` and shell history would show it).
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";

export type PgTool = "pg_dump" | "pg_restore" | "pg_basebackup";

class PgToolError extends Error {
  override name = "PgToolError";
}

const ENV_NAME: Record<PgTool, string> = { pg_dump: "PG_DUMP", pg_restore: "PG_RESTORE", pg_basebackup: "PG_BASEBACKUP" };

function installHint(major: number): string {
  return `Install the PostgreSQL ${major} client tools (Debian/Ubuntu: apt-get install postgresql-client-${major})`;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface FindToolOptions {
  tool: PgTool;
  /** The server's major version: the tools must be the same one. */
  serverMajor: number;
  env?: Record<string, string | undefined>;
  /** Where Debian installs each major version's binaries (<libRoot>/<major>/bin). */
  libRoot?: string;
  exists?: (file: string) => boolean;
}

/** PG_DUMP/PG_RESTORE/PG_BASEBACKUP, then Debian's per-version directory, then PATH. Throws a sentence saying what to install. */
export function findPgTool({ tool, serverMajor, env = process.env, libRoot = "/usr/lib/postgresql", exists = isExecutable }: FindToolOptions): string {
  const configured = env[ENV_NAME[tool]];
  if (configured) {
    if (!exists(configured)) throw new PgToolError(`${ENV_NAME[tool]} is set to ${configured}, which is not an executable file. ${installHint(serverMajor)}, or point ${ENV_NAME[tool]} at its ${tool}.`);
    return configured;
  }
  const debian = path.join(libRoot, String(serverMajor), "bin", tool);
  if (exists(debian)) return debian;
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, tool);
    if (exists(candidate)) return candidate;
  }
  throw new PgToolError(`${tool} was not found. ${installHint(serverMajor)}, or set ${ENV_NAME[tool]} to its path.`);
}

/** "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → 15. */
export function parseToolMajor(versionOutput: string): number | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(versionOutput);
  return match ? Number(match[1]) : undefined;
}

/** 150018 → 15. */
export function serverMajorFromVersionNum(versionNum: string | number): number {
  return Math.floor(Number(versionNum) / 10_000);
}

/** Finds the tool and checks that it is the server's major version. */
export function resolvePgTool(options: FindToolOptions): string {
  const file = findPgTool(options);
  const run = spawnSync(file, ["--version"], { encoding: "utf8" });
  const major = parseToolMajor(run.stdout ?? "");
  if (run.status !== 0 || major === undefined) {
    throw new PgToolError(`${file} --version did not say which PostgreSQL it belongs to. ${installHint(options.serverMajor)}.`);
  }
  if (major !== options.serverMajor) {
    throw new PgToolError(
      `${file} is from PostgreSQL ${major}, but the database server runs PostgreSQL ${options.serverMajor}; ${options.tool} must be the same major version. ` +
        `${installHint(options.serverMajor)}, or set ${ENV_NAME[options.tool]} to a PostgreSQL ${options.serverMajor} ${options.tool}.`,
    );
  }
  return file;
}

// libpq understands only its own URI parameters; Prisma-style ones (schema, connection_limit…)
// would make pg_dump refuse the URI.
const LIBPQ_PARAMS = new Set([
  "host",
  "hostaddr",
  "port",
  "dbname",
  "user",
  "connect_timeout",
  "application_name",
  "options",
  "sslmode",
  "sslcert",
  "sslkey",
  "sslrootcert",
  "sslcrl",
  "target_session_attrs",
  "channel_binding",
  "gssencmode",
]);

/**
 * A `--dbname` argument for pg_dump/pg_restore without the password, and the environment that
 * carries it (PGPASSWORD) to that child process only.
 */
export function libpqConnection(url: string, env: NodeJS.ProcessEnv = process.env): { dbnameArg: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  // A password may come in the user part or as ?password=; either goes to PGPASSWORD. A key
  // passphrase (?sslpassword=) never reaches the command line: PGSSLPASSWORD does not exist, so it
  // is dropped (use a key without one, or ~/.pgpass and a service file).
  const password = decodeURIComponent(parsed.password) || parsed.searchParams.get("password") || "";
  parsed.password = "";
  for (const key of [...parsed.searchParams.keys()]) if (!LIBPQ_PARAMS.has(key)) parsed.searchParams.delete(key);
  const childEnv: NodeJS.ProcessEnv = { ...env, PGAPPNAME: "casefile-backup" };
  // Without a password in the URL, PGPASSWORD or ~/.pgpass apply, as for the app's own client.
  if (password) childEnv.PGPASSWORD = password;
  return { dbnameArg: `--dbname=${parsed.toString()}`, env: childEnv };
}

/** Prints a database URL for a human: passwords (user part, ?password=, ?sslpassword=) replaced by ***. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  for (const key of ["password", "sslpassword"]) if (parsed.searchParams.has(key)) parsed.searchParams.set(key, "***");
  return parsed.toString();
}

/** Runs a tool to completion without blocking (the caller may hold a snapshot open meanwhile). */
export function runTool(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
  });
}
