// The app's database for the backup and restore commands: DATABASE_URL when set (the user's own
// server), otherwise the embedded PostgreSQL in CASEFILE_DATA_DIR, started for the duration of
// the command when `npm start` is not already running it.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { EmbeddedPostgresError, startEmbeddedPostgres } from "./embedded-postgres";
import { defaultDataDir, embeddedUrl, isAlive, readEmbeddedState } from "./embedded-runtime";
import { redactUrl } from "./pg-tools";

const root = path.resolve(import.meta.dirname, "../..");

export class AppDatabaseError extends Error {
  override name = "AppDatabaseError";
}

export interface AppDatabase {
  url: string;
  /** For messages: never contains the password. */
  label: string;
  /** An embedded server that was already running, i.e. `npm start` (and so the app) is up. */
  runningStartPid?: number;
  /** Stops the embedded server if this command started it. */
  close(): Promise<void>;
}

export async function openAppDatabase(options: { purpose: "backup" | "restore"; say: (line: string) => void }): Promise<AppDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    try {
      new URL(configured);
    } catch {
      throw new AppDatabaseError("DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database).");
    }
    return { url: configured, label: `DATABASE_URL (${redactUrl(configured)})`, close: async () => undefined };
  }

  const dataDir = defaultDataDir(root);
  const database = process.env.CASEFILE_DB_NAME ?? "casefile";
  const shown = dataDir.startsWith(root + path.sep) ? path.relative(root, dataDir) : dataDir;
  const label = `the embedded PostgreSQL in ${shown} (database ${database})`;
  const state = readEmbeddedState(dataDir);
  if (state?.port && state.pid && isAlive(state.pid)) {
    return { url: embeddedUrl(state, database), label, runningStartPid: state.pid, close: async () => undefined };
  }
  // Backing up a cluster that does not exist would only create an empty one; restoring into a
  // missing one is disaster recovery, so that creates it.
  if (options.purpose === "backup" && !existsSync(path.join(dataDir, "postgres", "PG_VERSION"))) {
    throw new AppDatabaseError(`There is no embedded database in ${dataDir} to back up. Run \`npm start\` once, or set DATABASE_URL to back up your own server.`);
  }
  try {
    const server = await startEmbeddedPostgres({
      dataDir,
      database,
      port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
      onInfo: options.say,
    });
    options.say(`Started ${label} for the ${options.purpose}; it stops again afterwards.`);
    return { url: server.url, label, close: () => server.stop() };
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) throw new AppDatabaseError(error.message);
    throw error;
  }
}

/** A connected client, or an error naming the database (never its password). */
export async function connectTo(db: AppDatabase, applicationName: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: db.url, application_name: applicationName, connectionTimeoutMillis: 10_000 });
  // A connection the server ends (shutdown on Ctrl-C) fails the pending query; without a
  // listener it would also crash the process with a stack trace.
  client.on("error", () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const e = error as { code?: string; message?: string };
    throw new AppDatabaseError(`Cannot reach ${db.label}: ${[e.code, e.message].filter(Boolean).join(" ") || String(error)}`);
  }
  return client;
}
