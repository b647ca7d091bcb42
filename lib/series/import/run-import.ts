// Imports records-per-day from CSV: all of it in one transaction, or none of it. Shared by the
// upload route and `npm run import:series`; it takes a connection string, not the app's client,
// because COPY needs a raw connection. The stages, each in its own module:
//   1. byte-guard      refuse empty, UTF-16, binary or oversized files; count and hash the bytes
//   2. stage-file      parse, check each line (line-checker), COPY the valid rows into staging
//   3. database-checks unknown cases, duplicate days, days outside a case's period
//   4. merge-import    lock the cases, write the rows, one import and one audit row per case
import type { Readable } from "node:stream";
import pg from "pg";
import type { AuditActor } from "@/lib/audit/record-audit";
import { SERIES_IMPORT_MAX_BYTES } from "@/lib/http/request-limits";
import { todayInSeoul } from "@/lib/validation/fields";
import { createByteGuard } from "./byte-guard";
import { databaseChecks } from "./database-checks";
import { ImportCancelled, ImportErrorList } from "./import-errors";
import type { ImportOutcome, ImportPhase, ImportProgress } from "./import-events";
import { createLineChecker } from "./line-checker";
import { mergeImport } from "./merge-import";
import { stageFile } from "./stage-file";
import type { ImportProvenance } from "./validate-row";

export interface ImportOptions {
  databaseUrl: string;
  source: Readable;
  /** A single case (the upload page, or the CLI with --case), or the file's own `case` column. */
  incident: { id: string } | null;
  defaultProvenance: ImportProvenance;
  actor: AuditActor;
  fileName?: string | null;
  maxBytes?: number;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  onPhase?: (phase: ImportPhase) => void;
}

export async function runSeriesImport(options: ImportOptions): Promise<ImportOutcome> {
  const started = performance.now();
  const { signal } = options;
  const errors = new ImportErrorList();
  const guard = createByteGuard({ maxBytes: options.maxBytes ?? SERIES_IMPORT_MAX_BYTES });
  const lines = createLineChecker({ singleCase: options.incident !== null, defaultProvenance: options.defaultProvenance, today: todayInSeoul() });

  // Sessions in UTC, as the app's: `now()` and column defaults then agree with Prisma's timestamps.
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: "casefile-import", options: "-c TimeZone=UTC" });
  // A lost connection (PostgreSQL restarting) is an "error" event. Unheard, it is an uncaught
  // exception (seen in the restart fault test); heard, it stops the file and any wait on the COPY,
  // which would otherwise wait for a "drain" that never comes, so the import answers "unavailable".
  const lost = new AbortController();
  // The source is stopped with an error (a cancel, a lost connection) at any moment, also before
  // the pipeline reads it or after it has: its "error" event must always have a listener, or it is
  // an uncaught exception. The pipeline reports the error where it matters.
  options.source.on("error", () => undefined);
  client.on("error", (error) => {
    console.warn(`The import's database connection failed: ${error.message}`);
    lost.abort(error);
    options.source.destroy(error);
  });
  let pid: number | null = null;
  // Cancelling stops the file, and also the query in flight once the file has been read (checks
  // and the merge can take seconds): the transaction then rolls back.
  let reading = true;
  let begun = false;
  const abort = () => {
    options.source.destroy(new ImportCancelled());
    if (!reading && pid !== null) void cancelBackend(options.databaseUrl, pid);
  };
  signal?.addEventListener("abort", abort, { once: true });

  try {
    await client.connect();
    pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    if (signal?.aborted) throw new ImportCancelled();
    await client.query("BEGIN");
    begun = true;
    const { rows, fatal } = await stageFile({
      client,
      source: options.source,
      guard,
      lines,
      errors,
      signal,
      connectionLost: lost.signal,
      started,
      onProgress: options.onProgress,
      onFileRead: () => (reading = false),
    });
    const refuse = async (first: { line: number; message: string }): Promise<ImportOutcome> => {
      await client.query("ROLLBACK");
      return { ok: false, reason: "invalid", errors: [first, ...errors.errors], totalErrors: errors.total + 1, sha256: null };
    };
    if (fatal) return await refuse(fatal);
    if (!lines.hasHeader()) return await refuse({ line: 1, message: "The file has no header line." });
    if (rows === 0 && errors.total === 0) return await refuse({ line: 2, message: "The file has a header but no rows." });

    options.onPhase?.("checking");
    await databaseChecks(client, options.incident, errors);
    const sha256 = guard.sha256();
    if (errors.total > 0) {
      await client.query("ROLLBACK");
      return { ok: false, reason: "invalid", errors: errors.sorted(), totalErrors: errors.total, sha256 };
    }
    if (signal?.aborted) throw new ImportCancelled();
    options.onPhase?.("writing");
    const cases = await mergeImport(client, { actor: options.actor, fileName: options.fileName ?? null, sha256, fileRows: rows });
    // The last moment a cancel can still undo everything.
    if (signal?.aborted) throw new ImportCancelled();
    await client.query("COMMIT");
    options.onProgress?.({ rows, bytes: guard.bytes(), elapsedMs: performance.now() - started });
    const sum = (k: "added" | "changed" | "unchanged") => cases.reduce((n, c) => n + c[k], 0);
    return { ok: true, rows, cases, added: sum("added"), changed: sum("changed"), unchanged: sum("unchanged"), sha256 };
  } catch (error) {
    // Only a transaction that began is rolled back: on a client whose connection never opened,
    // pg queues the statement until it does, and the import would wait forever.
    if (begun) await client.query("ROLLBACK").catch(() => undefined);
    if (error instanceof ImportCancelled || signal?.aborted) return { ok: false, reason: "cancelled" };
    throw error;
  } finally {
    signal?.removeEventListener("abort", abort);
    // Whatever stopped the import, it reads no more: let go of the upload (or file) too.
    options.source.destroy();
    await client.end().catch(() => undefined);
  }
}

/** Cancels the statement a backend is running (an import's check or merge), from a second connection. */
async function cancelBackend(databaseUrl: string, pid: number) {
  const canceller = new pg.Client({ connectionString: databaseUrl, application_name: "casefile-import-cancel" });
  canceller.on("error", () => undefined); // its one statement reports any failure
  try {
    await canceller.connect();
    await canceller.query("SELECT pg_cancel_backend($1)", [pid]);
  } catch (error) {
    console.error("Could not cancel the import's query", error);
  } finally {
    await canceller.end().catch(() => undefined);
  }
}
