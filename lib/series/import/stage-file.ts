// The second stage of an import: stream the file through the byte guard and the CSV parser,
// check every line, and COPY the valid ones into the transaction's temporary staging table. The
// database checks and the merge read the staging table afterwards.
import { once } from "node:events";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { ByteGuard } from "./byte-guard";
import { FileRefused, ImportCancelled, type ImportErrorList } from "./import-errors";
import type { ImportError, ImportProgress } from "./import-events";
import type { LineChecker } from "./line-checker";

// Lines go to COPY in batches: one CopyData message per line would mean a million socket writes
// for a million-line file.
const BATCH_CHARS = 256 * 1024;

export interface StageOptions {
  /** A connection with a transaction open. */
  client: pg.Client;
  source: Readable;
  guard: ByteGuard;
  lines: LineChecker;
  errors: ImportErrorList;
  signal?: AbortSignal;
  /** When the import started (`performance.now()`), for the rate in progress reports. */
  started: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Aborted, with the error as its reason, when the database connection is lost. */
  connectionLost?: AbortSignal;
  /** The whole file has been read; what remains is finishing the COPY. */
  onFileRead?: () => void;
}

/** The number of rows staged, or the problem that stops the whole file. */
export async function stageFile(options: StageOptions): Promise<{ rows: number; fatal: ImportError | null }> {
  const { client, errors, lines, signal } = options;
  await client.query(`CREATE TEMP TABLE import_staging (line int, case_ref text, day date, records bigint, provenance "Provenance") ON COMMIT DROP`);
  const copy = client.query(copyFrom("COPY import_staging FROM STDIN (FORMAT text)"));
  try {
    // No `info` option: it builds an object per record, which doubles the parsing time. Each record
    // is one line instead (empty lines included, then skipped), and a value running over several
    // lines is refused, so the count stays true.
    const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: false });
    // A refusal by the guard ends the pipeline, and the parser's iteration below reports it.
    const piped = pipeline(options.source, options.guard.stream, parser).catch(() => undefined);
    let fatal: ImportError | null = null;
    let line = 0;
    let rows = 0;
    let lastProgress = 0;
    let batch = "";
    const flush = async () => {
      if (batch && !copy.write(batch)) await once(copy, "drain", { signal: options.connectionLost });
      batch = "";
    };
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        line++;
        if (options.onProgress && (line & 1023) === 0) {
          const now = performance.now();
          if (now - lastProgress > 200) {
            lastProgress = now;
            options.onProgress({ rows, bytes: options.guard.bytes(), elapsedMs: now - options.started });
          }
        }
        const verdict = lines.check(record, line);
        if (verdict === null) continue;
        if (typeof verdict === "string") {
          rows++;
          batch += verdict;
          if (batch.length >= BATCH_CHARS) await flush();
        } else if ("error" in verdict) errors.add(line, verdict.error);
        else {
          fatal = { line, message: verdict.fatal };
          break;
        }
      }
    } catch (error) {
      if (error instanceof ImportCancelled || signal?.aborted) throw new ImportCancelled();
      if (error instanceof FileRefused) fatal = { line: 1, message: error.message };
      // Every parser error is the file's fault (not only the CSV_* codes: a quote inside a value is INVALID_OPENING_QUOTE).
      else if (error instanceof CsvError) {
        fatal = { line: typeof error.lines === "number" ? error.lines : line, message: `The CSV is malformed (${error.message.split(":")[0] ?? error.code}).` };
      } else throw error;
    }
    if (fatal) options.source.destroy();
    else await flush();
    await piped;
    options.onFileRead?.();
    if (signal?.aborted) throw new ImportCancelled();
    copy.end();
    await once(copy, "finish", { signal: options.connectionLost });
    return { rows, fatal };
  } catch (error) {
    // A COPY still in progress holds the connection; fail it first so the caller can roll back.
    if (!copy.writableFinished) {
      const failed = once(copy, "close").catch(() => undefined);
      copy.destroy(new ImportCancelled());
      await failed;
    }
    throw error;
  }
}
