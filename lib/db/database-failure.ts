// Recognizes the database failures a user can do nothing about but wait (the server is down or
// restarting, the pool is exhausted, a statement ran too long, the database is read-only or out
// of disk), so route handlers answer 503 with Retry-After and server actions a clear "try again"
// instead of a 500. Shared by lib/db/database-errors-response.ts and lib/actions.

type DatabaseFailureKind = "unavailable" | "timeout" | "read_only" | "disk_full";

export interface DatabaseFailure {
  kind: DatabaseFailureKind;
  /** Safe to show to anyone: says what happened and that nothing was changed, never the cause. */
  message: string;
  retryAfterSeconds: number;
}

const FAILURES: Record<DatabaseFailureKind, Omit<DatabaseFailure, "kind">> = {
  unavailable: { message: "The database cannot be reached right now. Nothing was changed; try again in a moment.", retryAfterSeconds: 5 },
  timeout: { message: "The database took too long to answer. Nothing was changed; try again in a moment.", retryAfterSeconds: 5 },
  read_only: { message: "The database is read-only right now (maintenance). Nothing was changed; try again later.", retryAfterSeconds: 60 },
  disk_full: { message: "The database server is out of disk space. Nothing was changed; tell the administrator.", retryAfterSeconds: 300 },
};

/**
 * Prisma's own codes: P1001 can't reach the server, P1002 connect timed out, P1008 operation timed
 * out, P1017 server closed the connection, P2024 pool timeout, P2028 an interactive transaction
 * could not start within maxWait or ran past its timeout (and was rolled back).
 */
const PRISMA_CODES: Record<string, DatabaseFailureKind> = { P1001: "unavailable", P1002: "unavailable", P1008: "timeout", P1017: "unavailable", P2024: "timeout", P2028: "timeout" };

/** PostgreSQL SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
function kindOfSqlState(code: string): DatabaseFailureKind | null {
  switch (code) {
    case "08000": // connection_exception
    case "08001": // sqlclient_unable_to_establish_sqlconnection
    case "08003": // connection_does_not_exist
    case "08004": // sqlserver_rejected_establishment_of_sqlconnection
    case "08006": // connection_failure (08P01, a protocol violation, is a bug: not here)
    case "57P01": // admin_shutdown: the server is stopping (fast or immediate)
    case "57P02": // crash_shutdown
    case "57P03": // cannot_connect_now: starting up or shutting down
    case "53300": // too_many_connections
    case "53200": // out_of_memory
      return "unavailable";
    case "57014": // query_canceled: statement_timeout
      return "timeout";
    case "25006": // read_only_sql_transaction
      return "read_only";
    case "53100": // disk_full
      return "disk_full";
    default:
      return null;
  }
}

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * node-postgres raises these without any code, so they can only be told apart by their fixed text
 * (pg-pool's pool timeout; a connection lost mid-query or before a transaction's next statement).
 */
const PG_CODELESS: Record<string, DatabaseFailureKind> = {
  "timeout exceeded when trying to connect": "timeout",
  "Connection terminated due to connection timeout": "unavailable",
  "Connection terminated unexpectedly": "unavailable",
  "Connection terminated": "unavailable",
  "Client has encountered a connection error and is not queryable": "unavailable",
};

/** What @prisma/adapter-pg reports for socket failures (as `cause.kind` of its DriverAdapterError). */
const ADAPTER_KINDS: Record<string, DatabaseFailureKind> = {
  DatabaseNotReachable: "unavailable",
  ConnectionClosed: "unavailable",
  TooManyConnections: "unavailable",
  SocketTimeout: "timeout",
};

function kindOf(error: unknown, depth = 0): DatabaseFailureKind | null {
  if (typeof error !== "object" || error === null || depth > 8) return null;
  const e = error as { code?: unknown; kind?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } }; message?: unknown; cause?: unknown };
  if (typeof e.code === "string") {
    if (e.code in PRISMA_CODES) return PRISMA_CODES[e.code]!;
    if (SOCKET_CODES.has(e.code)) return "unavailable";
    if (/^[0-9A-Z]{5}$/.test(e.code)) {
      const kind = kindOfSqlState(e.code);
      if (kind) return kind;
    }
  }
  // Prisma wraps what the pg adapter reported: the SQLSTATE, or a kind for socket failures. Inside
  // an interactive transaction the adapter's own error arrives unwrapped, its kind as `cause.kind`.
  const adapterCause = e.meta?.driverAdapterError?.cause;
  if (typeof adapterCause?.originalCode === "string") {
    const kind = kindOfSqlState(adapterCause.originalCode);
    if (kind) return kind;
  }
  for (const kind of [adapterCause?.kind, e.kind]) if (typeof kind === "string" && kind in ADAPTER_KINDS) return ADAPTER_KINDS[kind]!;
  if (e.code === undefined && typeof e.message === "string" && e.message in PG_CODELESS) return PG_CODELESS[e.message]!;
  return e.cause !== undefined && e.cause !== error ? kindOf(e.cause, depth + 1) : null;
}

/** What to tell the user when `error` is a database failure worth retrying later; null for anything else (a bug). */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  const kind = kindOf(error);
  return kind ? { kind, ...FAILURES[kind] } : null;
}

/** One line for the server log: the code and the last line of the message (Prisma puts the cause there). */
export function describeDatabaseError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const last = error.message.trim().split("\n").at(-1)?.trim() ?? "";
  return typeof code === "string" ? `${code}: ${last}` : last;
}
