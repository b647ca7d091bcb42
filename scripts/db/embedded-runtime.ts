// Where the embedded PostgreSQL keeps its state, and how other processes (the Prisma CLI,
// test runners) find a running server. Imported by prisma.config.ts, so it stays dependency-free.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export interface EmbeddedState {
  user: string;
  password: string;
  database: string;
  /** Present only while a server is running. */
  port?: number;
  pid?: number;
}

export function defaultDataDir(cwd: string = process.cwd()): string {
  return path.resolve(cwd, process.env.CASEFILE_DATA_DIR ?? ".data");
}

export function stateFile(dataDir: string): string {
  return path.join(dataDir, "embedded-postgres.json");
}

export function readEmbeddedState(dataDir: string): EmbeddedState | null {
  const file = stateFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as EmbeddedState;
  } catch {
    return null;
  }
}

export function embeddedUrl(state: EmbeddedState, database: string = state.database): string {
  if (state.port === undefined) throw new Error("The embedded PostgreSQL server is not running.");
  const user = encodeURIComponent(state.user);
  const password = encodeURIComponent(state.password);
  return `postgresql://${user}:${password}@127.0.0.1:${state.port}/${encodeURIComponent(database)}`;
}

/** The URL of the embedded server started by `npm start`, if one is running now. */
export function runningEmbeddedUrl(dataDir: string = defaultDataDir()): string | undefined {
  const state = readEmbeddedState(dataDir);
  if (!state?.port || !state.pid || !isAlive(state.pid)) return undefined;
  return embeddedUrl(state);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
