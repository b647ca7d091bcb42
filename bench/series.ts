// npm run bench:series
//
// Issue 5's performance targets, measured on the real stack (embedded PostgreSQL, the
// production build, a signed-in regulator):
//   1. Import: 1,000,000 rows (400 cases × 2,500 days) in one CSV, through the app's importer,
//      against `psql \copy` of the same file into the same table. Target: within 2×.
//   2. Series API for one case with 2,500 days, every bucket: target median under 20 ms.
//   3. Series API across all cases (10,000 cases × 2,400 days = 24,000,000 daily rows), monthly:
//      target median under 200 ms. The same sum straight from the daily table is timed too, to
//      show what the monthly rollup buys.
// The data is generated once into .data/bench-series (a few minutes) and reused on later runs.
// Results go to bench/results/series.json and are copied into docs/performance.md.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs";
import { once } from "node:events";
import path from "node:path";
import pg from "pg";
import { runSeriesImport } from "@/lib/series/import/run-import";
import { EMBEDDED_PG_MAJOR } from "@/scripts/db/embedded-postgres";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { demoPassword, signIn, startApp } from "./lib/app-server";
import { writeResults } from "./lib/results";
import { summarize, timeIt } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const IMPORT_ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 3);
const WARMUP = 5;
const DATA_DIR = ".data/bench-series";
const CASES = 10_000;
const DAYS = 2_400;
const IMPORT_CASES = 400;
const IMPORT_DAYS = 2_500;
const CHUNK = 250;

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function ensureCases(db: pg.Client) {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM incidents WHERE id LIKE 'bs-%'`);
  if (Number(rows[0]?.n) >= CASES + IMPORT_CASES + 1) return false;
  await db.query(`
    INSERT INTO organizations (id, slug, name, kind, "updatedAt") VALUES ('bs-org', 'bs-org', 'Bench Company', 'company', now()) ON CONFLICT DO NOTHING;
    INSERT INTO incidents (id, slug, title, summary, "investigatedOrgId", "workflowState", "openedAt", "updatedAt", "conductStart", "conductEnd", visibility)
      SELECT 'bs-inc-' || g, 'bs-inc-' || g, 'Series bench case ' || g, 'Synthetic.', 'bs-org', 'under_inspection'::"WorkflowState", now(), now(), date '2017-01-01', date '2024-12-31', 'internal'::"Visibility"
      FROM generate_series(1, ${CASES}) g
    UNION ALL
      SELECT 'bs-imp-' || g, 'bs-imp-' || g, 'Import bench case ' || g, 'Synthetic.', 'bs-org', 'under_inspection'::"WorkflowState", now(), now(), date '2017-01-01', date '2024-12-31', 'internal'::"Visibility"
      FROM generate_series(1, ${IMPORT_CASES}) g
    UNION ALL
      SELECT 'bs-single', 'bs-single', 'One case with 2,500 days', 'Synthetic.', 'bs-org', 'under_inspection'::"WorkflowState", now(), now(), date '2017-01-01', date '2024-12-31', 'internal'::"Visibility"
    ON CONFLICT DO NOTHING;`);
  return true;
}

/** 24 million daily rows, inserted in chunks so each statement's rollup trigger stays small. */
async function ensureDaily(db: pg.Client) {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM monthly_record_totals WHERE "incidentId" LIKE 'bs-inc-%'`);
  const months = Math.ceil(DAYS / 30.4);
  if (Number(rows[0]?.n) >= CASES * (months - 1)) return "already present";
  const started = performance.now();
  await db.query(`DELETE FROM daily_record_counts WHERE "incidentId" LIKE 'bs-inc-%' OR "incidentId" = 'bs-single'`);
  for (let lo = 1; lo <= CASES; lo += CHUNK) {
    const hi = Math.min(CASES, lo + CHUNK - 1);
    await db.query(`
      INSERT INTO daily_record_counts ("incidentId", day, records, provenance)
      SELECT 'bs-inc-' || c, date '2018-01-01' + d, 1000 + (c * 7919 + d * 104729) % 1000000,
             (CASE WHEN c % 7 = 0 THEN 'modelled' ELSE 'reported' END)::"Provenance"
      FROM generate_series(${lo}, ${hi}) c, generate_series(0, ${DAYS - 1}) d`);
    process.stdout.write(`\r  daily rows: ${(hi * DAYS).toLocaleString("en-US")} / ${(CASES * DAYS).toLocaleString("en-US")}`);
  }
  await db.query(`
    INSERT INTO daily_record_counts ("incidentId", day, records, provenance)
    SELECT 'bs-single', date '2017-06-01' + d, 25000000 + (d * 104729) % 1000000, 'modelled' FROM generate_series(0, ${IMPORT_DAYS - 1}) d`);
  process.stdout.write("\n");
  return `generated in ${round((performance.now() - started) / 1000, 1)} s`;
}

/** The import file: case,day,records,provenance; case slugs equal ids, so psql can load it too. */
async function ensureImportFile(file: string) {
  if (existsSync(file) && statSync(file).size > 0) return;
  const out = createWriteStream(file);
  out.write("case,day,records,provenance\n");
  const start = Date.UTC(2017, 6, 1);
  for (let c = 1; c <= IMPORT_CASES; c++) {
    let chunk = "";
    for (let d = 0; d < IMPORT_DAYS; d++) {
      chunk += `bs-imp-${c},${new Date(start + d * 86_400_000).toISOString().slice(0, 10)},${1000 + ((c * 7919 + d * 104729) % 1000000)},reported\n`;
    }
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function clearImported(db: pg.Client) {
  await db.query(`DELETE FROM daily_record_counts WHERE "incidentId" LIKE 'bs-imp-%'`);
  await db.query(`VACUUM daily_record_counts`);
}

function psqlCopy(url: string, file: string): number {
  const started = performance.now();
  const result = spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-c", `\\copy daily_record_counts("incidentId", day, records, provenance) FROM '${file}' WITH (FORMAT csv, HEADER true)`], {
    encoding: "utf8",
  });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr || result.error?.message}`);
  if (!result.stdout.includes(`COPY ${IMPORT_CASES * IMPORT_DAYS}`)) throw new Error(`psql copied an unexpected number of rows: ${result.stdout}`);
  return elapsed;
}

async function importer(url: string, file: string) {
  const started = performance.now();
  const outcome = await runSeriesImport({
    databaseUrl: url,
    source: createReadStream(file),
    incident: null,
    defaultProvenance: "reported",
    actor: { id: null, label: "bench" },
    fileName: path.basename(file),
  });
  const elapsed = performance.now() - started;
  if (!outcome.ok) throw new Error(`Import failed: ${JSON.stringify(outcome).slice(0, 500)}`);
  return { elapsed, added: outcome.added, changed: outcome.changed, unchanged: outcome.unchanged };
}

async function measureImport(db: pg.Client, url: string, file: string) {
  const psqlMs: number[] = [];
  const importMs: number[] = [];
  let lastImport: Awaited<ReturnType<typeof importer>> | undefined;
  // Each timed run starts from the same state: the imported rows deleted, the table vacuumed and a
  // checkpoint taken, so neither side pays for the other's writes. The order alternates too.
  const fresh = async () => {
    await clearImported(db);
    await db.query("CHECKPOINT");
  };
  for (let r = 1; r <= IMPORT_ROUNDS; r++) {
    const runPsql = async () => {
      await fresh();
      psqlMs.push(psqlCopy(url, file));
    };
    const runImporter = async () => {
      await fresh();
      lastImport = await importer(url, file);
      importMs.push(lastImport.elapsed);
    };
    if (r % 2 === 1) {
      await runPsql();
      await runImporter();
    } else {
      await runImporter();
      await runPsql();
    }
    console.log(`  import round ${r}: psql \\copy ${Math.round(psqlMs.at(-1)!)} ms, importer ${Math.round(importMs.at(-1)!)} ms`);
  }
  await db.query("CHECKPOINT");
  // A second import of the same file into the now-full rows: everything unchanged.
  const reimport = await importer(url, file);
  return {
    file: `${IMPORT_CASES} cases × ${IMPORT_DAYS} days = ${(IMPORT_CASES * IMPORT_DAYS).toLocaleString("en-US")} rows, ${round(statSync(file).size / 1e6, 1)} MB`,
    rounds: IMPORT_ROUNDS,
    psqlCopyMs: summarize(psqlMs),
    importerMs: summarize(importMs),
    ratioOfMedians: round(summarize(importMs).median / summarize(psqlMs).median),
    importerRowsPerSecond: Math.round((IMPORT_CASES * IMPORT_DAYS) / (summarize(importMs).median / 1000)),
    lastImport: { added: lastImport?.added, changed: lastImport?.changed, unchanged: lastImport?.unchanged },
    reimportSameFile: { ms: round(reimport.elapsed), added: reimport.added, changed: reimport.changed, unchanged: reimport.unchanged },
    target: "importer within 2× of psql \\copy of the same file into the same table",
  };
}

async function main() {
  if (spawnSync("psql", ["--version"]).status !== 0) throw new Error("psql is needed for the comparison: apt-get install -y postgresql-client");
  const app = await startApp({ dataDir: DATA_DIR, port: 3201 });
  const state = readEmbeddedState(app.dataDir);
  if (!state?.port) throw new Error("The embedded server is not running");
  const url = embeddedUrl(state);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await ensureCases(db);
    const generation = await ensureDaily(db);
    // Fresh statistics and visibility maps, as autovacuum would give a long-running server.
    await db.query(`VACUUM (ANALYZE) daily_record_counts`);
    await db.query(`VACUUM (ANALYZE) monthly_record_totals`);
    const file = path.join(app.dataDir, "import-1m.csv");
    await ensureImportFile(file);
    const counts = (
      await db.query(`SELECT (SELECT count(*) FROM incidents) AS incidents, (SELECT count(*) FROM daily_record_counts) AS daily_rows, (SELECT count(*) FROM monthly_record_totals) AS monthly_rows`)
    ).rows[0];
    console.log(`Data: ${JSON.stringify(counts)} (${generation})`);

    // 1. Import, alternating psql and the importer into the same (emptied) rows.
    const importResult = IMPORT_ROUNDS > 0 ? await measureImport(db, url, file) : null;

    // 2 and 3. The series API.
    const email = "regulator@casefile.demo";
    const cookie = await signIn(app.baseUrl, email, demoPassword(app.dataDir, email));
    const get = (pathname: string) => async () => {
      const response = await fetch(`${app.baseUrl}${pathname}`, { headers: { Cookie: cookie } });
      if (!response.ok) throw new Error(`${pathname}: ${response.status}`);
      return response.json() as Promise<{ points: unknown[]; total: number }>;
    };
    const single: Record<string, { points: number; ms: ReturnType<typeof summarize> }> = {};
    for (const bucket of ["day", "week", "month", "year"]) {
      const url = `/api/cases/bs-single/series?bucket=${bucket}`;
      const body = await get(url)();
      single[bucket] = { points: body.points.length, ms: summarize(await timeIt(RUNS, WARMUP, get(url))) };
    }
    const across = await get("/api/series?bucket=month")();
    const acrossMs = summarize(await timeIt(RUNS, WARMUP, get("/api/series?bucket=month")));
    const acrossYearMs = summarize(await timeIt(RUNS, WARMUP, get("/api/series?bucket=year")));
    // What the rollup saves: the same monthly sum over the daily table (a few runs; it is slow).
    const dailySql = `SELECT date_trunc('month', d.day)::date AS month, sum(d.records) FROM daily_record_counts d JOIN incidents i ON i.id = d."incidentId" WHERE i."deletedAt" IS NULL GROUP BY 1`;
    const dailyMs = summarize(await timeIt(3, 1, () => db.query(dailySql)));

    const result = {
      measuredAt: new Date().toISOString(),
      machine: `2-core build machine, Node ${process.versions.node}, embedded PostgreSQL ${EMBEDDED_PG_MAJOR}`,
      data: counts,
      import: importResult,
      seriesOneCase: { case: "bs-single (2,500 days)", buckets: single, target: "median under 20 ms at any bucket" },
      seriesAcrossCases: {
        query: "GET /api/series?bucket=month",
        points: across.points.length,
        monthMs: acrossMs,
        yearMs: acrossYearMs,
        sameSumFromDailyTableMs: dailyMs,
        target: "monthly median under 200 ms",
      },
    };
    writeResults("series", result);
  } finally {
    await db.end();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
