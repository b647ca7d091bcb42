// Imports records-per-day from CSV: stream-parse, validate every line, COPY the valid rows into
// a temporary staging table, check what needs the database (duplicate days, unknown cases, days
// outside a case's period), then merge: all of it in one transaction, or none of it. Shared by
// the upload route and `npm run import:series`; it takes a connection string, not the app's
// client, because COPY needs a raw connection.
import { createHash, randomUUID } from "node:crypto";
import { once } from "node:events";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { changedFields } from "@/lib/audit/audit-json";
import type { AuditActor } from "@/lib/audit/record-audit";
import { SERIES_IMPORT_MAX_BYTES } from "@/lib/http/request-limits";
import { todayInSeoul } from "@/lib/validation/fields";
import { readHeader, sniff, validateRow, type ImportProvenance, type Layout } from "./validate-row";

const MAX_REPORTED_ERRORS = 1000;

interface ImportError {
  line: number;
  message: string;
}

export type ImportOutcome =
  | { ok: true; rows: number; cases: { incidentId: string; importId: string; added: number; changed: number; unchanged: number }[]; added: number; changed: number; unchanged: number; sha256: string }
  | { ok: false; reason: "invalid"; errors: ImportError[]; totalErrors: number; sha256: string | null }
  | { ok: false; reason: "cancelled" };

interface ImportProgress {
  rows: number;
  bytes: number;
  elapsedMs: number;
}

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
  /** After the file is read: "checking" (database checks), then "writing" (the merge). */
  onPhase?: (phase: "checking" | "writing") => void;
}

class Cancelled extends Error {}
/** The file itself is refused (empty, too large, not text). */
class Refused extends Error {}

/** Text-format COPY escaping for a value that may contain backslashes, tabs or line breaks. */
const copyText = (value: string) => value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");

export async function runSeriesImport(options: ImportOptions): Promise<ImportOutcome> {
  const started = performance.now();
  const maxBytes = options.maxBytes ?? SERIES_IMPORT_MAX_BYTES;
  const errors: ImportError[] = [];
  let totalErrors = 0;
  const addError = (line: number, message: string) => {
    totalErrors++;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, message });
  };

  // Sessions in UTC, as the app's: `now()` and column defaults then agree with Prisma's timestamps.
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: "casefile-import", options: "-c TimeZone=UTC" });
  await client.connect();
  const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
  const hash = createHash("sha256");
  let bytes = 0;
  let rows = 0;
  let lastProgress = 0;
  let copy: ReturnType<typeof copyFrom> | undefined;
  // Cancelling stops the file, and also the query in flight once the file has been read (checks
  // and the merge can take seconds): the transaction then rolls back.
  let reading = true;
  const abort = () => {
    options.source.destroy(new Cancelled("cancelled"));
    if (!reading) void cancelBackend(options.databaseUrl, pid);
  };
  options.signal?.addEventListener("abort", abort, { once: true });

  try {
    if (options.signal?.aborted) throw new Cancelled();
    await client.query("BEGIN");
    await client.query(`CREATE TEMP TABLE import_staging (line int, case_ref text, day date, records bigint, provenance "Provenance") ON COMMIT DROP`);
    copy = client.query(copyFrom("COPY import_staging FROM STDIN (FORMAT text)"));

    // Count, hash and sniff the raw bytes on their way into the parser. A refusal here ends the
    // pipeline, and the parser's iteration below reports it.
    let sniffed = false;
    const guard = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        if (!sniffed) {
          sniffed = true;
          const problem = sniff(chunk);
          if (problem) return callback(new Refused(problem));
        }
        bytes += chunk.length;
        if (bytes > maxBytes) return callback(new Refused(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Split it and import the parts.`));
        hash.update(chunk);
        callback(null, chunk);
      },
      flush(callback) {
        callback(sniffed ? null : new Refused("The file is empty."));
      },
    });
    // No `info` option: it builds an object per record, which doubles the parsing time. Each record
    // is one line instead (empty lines included, then skipped), and a value running over several
    // lines is refused, so the count stays true.
    const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
    const piped = pipeline(options.source, guard, parser).catch(() => undefined);
    let fatal: ImportError | null = null;
    let line = 0;

    let layout: Layout | null = null;
    const today = todayInSeoul();
    // Lines go to COPY in batches: one CopyData message per line would mean a million socket
    // writes for a million-line file.
    let batch = "";
    const flush = async () => {
      if (batch && !copy!.write(batch)) await once(copy!, "drain");
      batch = "";
    };
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        line++;
        if (fatal) break;
        if (options.onProgress && (line & 1023) === 0) {
          const now = performance.now();
          if (now - lastProgress > 200) {
            lastProgress = now;
            options.onProgress({ rows, bytes, elapsedMs: now - started });
          }
        }
        if (record.length === 1 && record[0]!.trim() === "") continue;
        if (record.some((cell) => cell.includes("\n") || cell.includes("\r"))) {
          fatal = { line, message: "A value runs over several lines. Each line must be one day." };
          break;
        }
        if (!layout) {
          layout = readHeader(record);
          if (!layout) {
            fatal = { line, message: `The first line must be the header "day,records" (optionally with ",provenance", and "case," first for several cases); found "${record.join(",").slice(0, 80)}".` };
            break;
          }
          if (layout.hasCase && options.incident) {
            fatal = { line, message: "This file has a case column; import it from the command line without --case, or remove the column." };
            break;
          }
          if (!layout.hasCase && !options.incident) {
            fatal = { line, message: "This file has no case column; name the case (--case <slug>)." };
            break;
          }
          continue;
        }
        const row = validateRow(record, layout, options.defaultProvenance, today);
        if (typeof row === "string") {
          addError(line, row);
          continue;
        }
        rows++;
        batch += `${line}\t${row.caseRef === null ? "\\N" : copyText(row.caseRef)}\t${row.day}\t${row.records}\t${row.provenance}\n`;
        if (batch.length >= 256 * 1024) await flush();
      }
    } catch (error) {
      if (error instanceof Cancelled || options.signal?.aborted) throw new Cancelled();
      if (error instanceof Refused) fatal = { line: 1, message: error.message };
      // Every parser error is the file's fault (not only the CSV_* codes: a quote inside a value is INVALID_OPENING_QUOTE).
      else if (error instanceof CsvError) {
        const lines = typeof error.lines === "number" ? error.lines : line;
        fatal = { line: lines, message: `The CSV is malformed (${error.message.split(":")[0] ?? error.code}).` };
      } else throw error;
    }
    if (!fatal) await flush();
    if (fatal) options.source.destroy();
    await piped;
    reading = false;
    if (options.signal?.aborted) throw new Cancelled();
    copy.end();
    await once(copy, "finish");
    if (fatal) {
      await client.query("ROLLBACK");
      return { ok: false, reason: "invalid", errors: [fatal, ...errors], totalErrors: totalErrors + 1, sha256: null };
    }
    if (!layout) {
      await client.query("ROLLBACK");
      return { ok: false, reason: "invalid", errors: [{ line: 1, message: "The file has no header line." }], totalErrors: 1, sha256: null };
    }
    if (rows === 0 && totalErrors === 0) {
      await client.query("ROLLBACK");
      return { ok: false, reason: "invalid", errors: [{ line: 2, message: "The file has a header but no rows." }], totalErrors: 1, sha256: null };
    }

    options.onPhase?.("checking");
    await databaseChecks(client, options.incident, addError);
    const sha256 = hash.digest("hex");
    if (totalErrors > 0) {
      await client.query("ROLLBACK");
      errors.sort((a, b) => a.line - b.line);
      return { ok: false, reason: "invalid", errors, totalErrors, sha256 };
    }
    if (options.signal?.aborted) throw new Cancelled();
    options.onPhase?.("writing");
    const cases = await merge(client, options, sha256, rows);
    // The last moment a cancel can still undo everything.
    if (options.signal?.aborted) throw new Cancelled();
    await client.query("COMMIT");
    options.onProgress?.({ rows, bytes, elapsedMs: performance.now() - started });
    const sum = (k: "added" | "changed" | "unchanged") => cases.reduce((n, c) => n + c[k], 0);
    return { ok: true, rows, cases, added: sum("added"), changed: sum("changed"), unchanged: sum("unchanged"), sha256 };
  } catch (error) {
    // A COPY still in progress holds the connection; fail it first so ROLLBACK can run.
    if (copy && !copy.writableFinished) {
      const failed = once(copy, "close").catch(() => undefined);
      copy.destroy(new Cancelled("cancelled"));
      await failed;
    }
    await client.query("ROLLBACK").catch(() => undefined);
    if (error instanceof Cancelled || options.signal?.aborted) return { ok: false, reason: "cancelled" };
    throw error;
  } finally {
    options.signal?.removeEventListener("abort", abort);
    await client.end().catch(() => undefined);
  }
}

/** Cancels the statement a backend is running (an import's check or merge), from a second connection. */
async function cancelBackend(databaseUrl: string, pid: number) {
  const canceller = new pg.Client({ connectionString: databaseUrl, application_name: "casefile-import-cancel" });
  try {
    await canceller.connect();
    await canceller.query("SELECT pg_cancel_backend($1)", [pid]);
  } catch (error) {
    console.error("Could not cancel the import's query", error);
  } finally {
    await canceller.end().catch(() => undefined);
  }
}

/** Checks that need the database, reported with the file's line numbers. */
async function databaseChecks(client: pg.Client, incident: { id: string } | null, addError: (line: number, message: string) => void) {
  // Temporary tables are never auto-analyzed; without statistics the planner guesses badly.
  await client.query(`ANALYZE import_staging`);
  // Equality joins only, so a million lines resolve with one hash join; each line carries its
  // case's period too (a period known only to the month or year covers the whole month or year).
  const period = `
    CASE i."conductStartPrecision" WHEN 'year' THEN date_trunc('year', i."conductStart") WHEN 'month' THEN date_trunc('month', i."conductStart") ELSE i."conductStart" END::date AS first,
    CASE i."conductEndPrecision" WHEN 'year' THEN (date_trunc('year', i."conductEnd") + interval '1 year - 1 day')
                                 WHEN 'month' THEN (date_trunc('month', i."conductEnd") + interval '1 month - 1 day') ELSE i."conductEnd" END::date AS last`;
  await client.query(
    incident
      ? `CREATE TEMP TABLE import_resolved ON COMMIT DROP AS
         SELECT s.line, s.day, s.records, s.provenance, i.id AS "incidentId", s.case_ref, ${period}
         FROM import_staging s LEFT JOIN (SELECT * FROM incidents WHERE id = $1 AND "deletedAt" IS NULL) i ON true`
      : `CREATE TEMP TABLE import_resolved ON COMMIT DROP AS
         SELECT s.line, s.day, s.records, s.provenance, i.id AS "incidentId", s.case_ref, ${period}
         FROM import_staging s LEFT JOIN incidents i ON i.slug = s.case_ref AND i."deletedAt" IS NULL`,
    incident ? [incident.id] : [],
  );
  await client.query(`ANALYZE import_resolved`);
  const unknown = await client.query<{ line: number; case_ref: string }>(`SELECT min(line) AS line, case_ref FROM import_resolved WHERE "incidentId" IS NULL GROUP BY case_ref ORDER BY 1 LIMIT 1000`);
  for (const r of unknown.rows) addError(r.line, `There is no case "${r.case_ref ?? ""}".`);

  const duplicates = await client.query<{ lines: number[]; day: Date }>(
    `SELECT array_agg(line ORDER BY line) AS lines, day FROM import_resolved WHERE "incidentId" IS NOT NULL GROUP BY "incidentId", day HAVING count(*) > 1 LIMIT 1000`,
  );
  for (const r of duplicates.rows) {
    for (const line of r.lines.slice(1)) addError(line, `${r.day.toISOString().slice(0, 10)} appears more than once (first on line ${r.lines[0]}).`);
  }

  const outside = await client.query<{ line: number; day: Date; first: Date | null; last: Date | null }>(
    `SELECT line, day, first, last FROM import_resolved
     WHERE (first IS NOT NULL AND day < first) OR (last IS NOT NULL AND day > last)
     ORDER BY line LIMIT 1000`,
  );
  const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "…");
  for (const r of outside.rows) addError(r.line, `${day(r.day)} is outside the case's period (${day(r.first)} – ${day(r.last)}).`);
}

/** Writes the rows; records one import (and its audit row) per case, with what changed. */
async function merge(client: pg.Client, options: ImportOptions, sha256: string, totalRows: number) {
  // One import per case at a time: a second import of the same case waits here, then sees the
  // first one's rows, so its diff is right and its inserts cannot collide.
  await client.query(`SELECT pg_advisory_xact_lock(hashtext('casefile-series-import'), hashtext(id)) FROM (SELECT DISTINCT "incidentId" AS id FROM import_resolved ORDER BY 1) ids`);
  // Each line is added, changed or unchanged against what is stored now.
  await client.query(
    `CREATE TEMP TABLE import_merge ON COMMIT DROP AS
     SELECT r."incidentId", r.day, r.records, r.provenance,
            CASE WHEN d.day IS NULL THEN 'added' WHEN d.records = r.records AND d.provenance = r.provenance THEN 'same' ELSE 'changed' END AS kind
     FROM import_resolved r LEFT JOIN daily_record_counts d ON d."incidentId" = r."incidentId" AND d.day = r.day`,
  );
  const diff = await client.query<{ incidentId: string; added: string; changed: string; unchanged: string; rows: string }>(
    `SELECT "incidentId", count(*) FILTER (WHERE kind = 'added') AS added, count(*) FILTER (WHERE kind = 'changed') AS changed,
            count(*) FILTER (WHERE kind = 'same') AS unchanged, count(*) AS rows
     FROM import_merge GROUP BY "incidentId"`,
  );
  const cases = diff.rows.map((r) => ({ incidentId: r.incidentId, importId: randomUUID().replace(/-/g, ""), added: Number(r.added), changed: Number(r.changed), unchanged: Number(r.unchanged), rows: Number(r.rows) }));
  // One import row and one audit row per case, each set in a single statement (a file can name
  // hundreds of cases).
  const column = <K extends keyof (typeof cases)[number]>(key: K) => cases.map((c) => c[key]);
  await client.query(
    `INSERT INTO series_imports (id, "incidentId", status, "fileName", sha256, "rowCount", "daysAdded", "daysChanged", "daysSame", "createdById", "finishedAt")
     SELECT id, "incidentId", 'completed', $3, $4, rows, added, changed, same, $5, now()
     FROM unnest($1::text[], $2::text[], $6::int[], $7::int[], $8::int[], $9::int[]) AS t(id, "incidentId", rows, added, changed, same)`,
    [column("importId"), column("incidentId"), options.fileName ?? null, sha256, options.actor.id, column("rows"), column("added"), column("changed"), column("unchanged")],
  );
  await client.query(`CREATE TEMP TABLE import_ids ON COMMIT DROP AS SELECT * FROM unnest($1::text[], $2::text[]) AS t("incidentId", "importId")`, [column("incidentId"), column("importId")]);
  const afters = cases.map((c) => JSON.stringify(changedFields(null, { fileName: options.fileName ?? null, sha256, rows: c.rows, added: c.added, changed: c.changed, unchanged: c.unchanged, fileRows: totalRows }).after));
  await client.query(
    `INSERT INTO audit_events ("actorId", "actorLabel", action, "entityType", "entityId", "incidentId", after)
     SELECT $1, $2, 'series.imported', 'series_import', t.id, t."incidentId", t.after FROM unnest($3::text[], $4::text[], $5::jsonb[]) AS t(id, "incidentId", after)`,
    [options.actor.id, options.actor.label, column("importId"), column("incidentId"), afters],
  );
  // A plain INSERT for new days and an UPDATE for changed ones: cheaper than INSERT … ON CONFLICT
  // for a million rows, and safe because the lock above keeps other imports of these cases out.
  if (cases.some((c) => c.added > 0)) {
    await client.query(
      `INSERT INTO daily_record_counts ("incidentId", day, records, provenance, "importId")
       SELECT r."incidentId", r.day, r.records, r.provenance, m."importId" FROM import_merge r JOIN import_ids m USING ("incidentId") WHERE r.kind = 'added'`,
    );
  }
  if (cases.some((c) => c.changed > 0)) {
    await client.query(
      `UPDATE daily_record_counts d SET records = r.records, provenance = r.provenance, "importId" = m."importId"
       FROM import_merge r JOIN import_ids m USING ("incidentId")
       WHERE r.kind = 'changed' AND d."incidentId" = r."incidentId" AND d.day = r.day`,
    );
  }
  return cases.map(({ rows: _rows, ...c }) => c);
}
