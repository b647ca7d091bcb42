// The app process killed (SIGKILL: no shutdown hook runs) in the middle of writes and in the
// middle of a series import, at each of its phases. Afterwards the database is consistent: every
// acknowledged write is there with its audit row, nothing half-written, no session, lock or
// advisory lock left behind, and running the same work again succeeds.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { startChild } from "./support/child";
import { startFaultDatabase, configureAppDatabase, type FaultDatabase } from "./support/fault-database";

let db: FaultDatabase;
let regulator: Viewer;

beforeAll(async () => {
  db = await startFaultDatabase("kill");
  configureAppDatabase(db, { poolSize: 4, poolTimeoutMs: 5_000, statementTimeoutMs: 15_000 });
  const { makeViewer } = await import("@/tests/support/factories");
  regulator = await makeViewer("regulator");
});

afterAll(async () => {
  const { prisma } = await import("@/lib/db/prisma");
  await prisma.$disconnect();
  await db?.dispose();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each child tags its connections, so the test can see them on the server after the kill. */
const childUrl = (tag: string) => `${db.url}${db.url.includes("?") ? "&" : "?"}application_name=${tag}`;

async function backendsOf(tag: string) {
  return db.query<{ pid: number; state: string; xact: boolean }>(`SELECT pid, state, xact_start IS NOT NULL AS xact FROM pg_stat_activity WHERE application_name = $1`, [tag]);
}

/** Once the client is gone, PostgreSQL ends its backend (at the latest when the running statement would answer); waits for that. */
async function waitForBackendsToEnd(tag: string) {
  const deadline = Date.now() + 60_000;
  while ((await backendsOf(tag)).length > 0 && Date.now() < deadline) await sleep(100);
  return backendsOf(tag);
}

async function leftovers() {
  const [locks] = await db.query<{ advisory: string; prepared: string; idle_in_tx: string; temp_tables: string }>(
    `SELECT (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory') AS advisory,
            (SELECT count(*) FROM pg_prepared_xacts) AS prepared,
            (SELECT count(*) FROM pg_stat_activity WHERE state LIKE 'idle in transaction%') AS idle_in_tx,
            (SELECT count(*) FROM pg_class WHERE relpersistence = 't') AS temp_tables`,
  );
  return locks;
}

describe("killed during writes", () => {
  let incidentId: string;
  beforeAll(async () => {
    const { makeCase } = await import("@/tests/support/factories");
    incidentId = (await makeCase({ assignTo: [regulator.id] })).id;
  });

  async function writeThenKill(tag: string) {
    const child = startChild("tests/faults/support/writer-child.ts", [regulator.sessionId, incidentId], { DATABASE_URL: childUrl(tag), NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET! });
    await child.waitFor((line) => line.startsWith("ok "), 20);
    // Kill while the writer has a transaction open on the server (it writes back to back).
    let openAtKill = false;
    for (let i = 0; i < 200 && !openAtKill; i++) openAtKill = (await backendsOf(tag)).some((b) => b.xact);
    child.process.kill("SIGKILL");
    const exit = await child.exited;
    const acknowledged = child.lines.filter((line) => line.startsWith("ok ")).map((line) => line.split(" ")[1]!);
    return { exit, openAtKill, acknowledged };
  }

  async function findings() {
    return db.query<{ id: string; version: number; audits: string }>(
      `SELECT f.id, f.version, (SELECT count(*) FROM audit_events a WHERE a."entityId" = f.id AND a.action = 'finding.created') AS audits
       FROM findings f WHERE f."incidentId" = $1`,
      [incidentId],
    );
  }

  it("keeps every acknowledged write with its audit row, and no partial one", async () => {
    const { exit, openAtKill, acknowledged } = await writeThenKill("casefile-killed-writer-1");
    expect(exit.signal).toBe("SIGKILL");
    console.info(`[faults] writer killed after ${acknowledged.length} acknowledged writes; transaction open at the kill: ${openAtKill}`);
    expect(await waitForBackendsToEnd("casefile-killed-writer-1")).toEqual([]);
    const stored = await findings();
    const ids = new Set(stored.map((f) => f.id));
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    // At most the one write in flight may have committed without its acknowledgement being printed.
    expect(stored.length - acknowledged.length).toBeGreaterThanOrEqual(0);
    expect(stored.length - acknowledged.length).toBeLessThanOrEqual(1);
    expect(stored.filter((f) => f.audits !== "1" || f.version !== 1)).toEqual([]);
    expect(await leftovers()).toEqual({ advisory: "0", prepared: "0", idle_in_tx: "0", temp_tables: "0" });
  });

  it("lets the same work run again afterwards", async () => {
    const before = (await findings()).length;
    const { acknowledged } = await writeThenKill("casefile-killed-writer-2");
    expect(await waitForBackendsToEnd("casefile-killed-writer-2")).toEqual([]);
    const after = await findings();
    expect(after.length - before).toBeGreaterThanOrEqual(acknowledged.length);
    expect(after.filter((f) => f.audits !== "1" || f.version !== 1)).toEqual([]);
  });
});

describe("killed during a series import", () => {
  const DAYS = 12_000;
  const CASES = 20;
  let slugs: string[];
  let csvFile: string;

  /** Everything an import writes: the days, the import records and their audit rows. */
  async function seriesState() {
    const [state] = await db.query<{ days: string; days_md5: string; imports: string; audits: string }>(
      `SELECT (SELECT count(*) FROM daily_record_counts) AS days,
              (SELECT md5(coalesce(string_agg("incidentId" || day || records || provenance || coalesce("importId", ''), ',' ORDER BY "incidentId", day), '')) FROM daily_record_counts) AS days_md5,
              (SELECT count(*) FROM series_imports) AS imports,
              (SELECT count(*) FROM audit_events WHERE action = 'series.imported') AS audits`,
    );
    return state!;
  }

  beforeAll(async () => {
    const { makeCase } = await import("@/tests/support/factories");
    const { runSeriesImport } = await import("@/lib/series/import/run-import");
    const { Readable } = await import("node:stream");
    slugs = [];
    for (let i = 0; i < CASES; i++) slugs.push((await makeCase()).slug);
    // Data already there: the kill must leave it exactly as it was.
    const earlier = await runSeriesImport({
      databaseUrl: db.url,
      source: Readable.from(["day,records\n", ...Array.from({ length: 30 }, (_, i) => `2000-01-${String(i + 1).padStart(2, "0")},7\n`)]),
      incident: { id: (await db.query<{ id: string }>(`SELECT id FROM incidents WHERE slug = $1`, [slugs[0]]))[0]!.id },
      defaultProvenance: "reported",
      actor: { id: null, label: "fault test" },
    });
    expect(earlier.ok).toBe(true);
    const start = Date.UTC(1990, 0, 1);
    const lines = ["case,day,records"];
    for (const slug of slugs) for (let d = 0; d < DAYS; d++) lines.push(`${slug},${new Date(start + d * 86_400_000).toISOString().slice(0, 10)},${(d % 997) + 1}`);
    csvFile = path.join(db.dataDir, "big-import.csv");
    writeFileSync(csvFile, `${lines.join("\n")}\n`);
  });

  const runImport = (tag: string) => startChild("scripts/import-series.ts", [csvFile], { DATABASE_URL: childUrl(tag) });

  const advisoryLocks = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory'`))[0]!.n);

  it.each([
    ["while the file streams into COPY", (line: string) => line.startsWith("rows "), false],
    ["while the rows are checked against the database", (line: string) => line.startsWith("checking"), false],
    ["while the merge inserts the days, holding the cases' advisory locks", (line: string) => line.startsWith("writing"), true],
  ])("killed %s: nothing of it is written, nothing is left locked", async (_phase, killOn, inMerge) => {
    const before = await seriesState();
    const tag = `casefile-import-killed-${Date.now()}`;
    const child = runImport(tag);
    await child.waitFor(killOn);
    // In the merge: wait until the import's last statement (the days themselves) is running, so the
    // kill lands after its import and audit rows were inserted in the same transaction.
    let insertingDays = false;
    for (let i = 0; inMerge && !insertingDays && i < 2_000; i++) {
      const [running] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1 AND state = 'active' AND query LIKE 'INSERT INTO daily_record_counts%'`, [tag]);
      insertingDays = running!.n !== "0";
    }
    const held = await advisoryLocks();
    child.process.kill("SIGKILL");
    expect((await child.exited).signal).toBe("SIGKILL");
    console.info(`[faults] import killed on "${child.lines.at(-1)}"; days being inserted: ${insertingDays}; advisory locks held at the kill: ${held}`);
    if (inMerge) expect({ insertingDays, locked: held > 0 }).toEqual({ insertingDays: true, locked: true });
    expect(await waitForBackendsToEnd(tag)).toEqual([]);
    expect(await seriesState()).toEqual(before);
    expect(await leftovers()).toEqual({ advisory: "0", prepared: "0", idle_in_tx: "0", temp_tables: "0" });
  });

  it("imports the same file completely when run again", async () => {
    const before = await seriesState();
    const child = runImport("casefile-import-rerun");
    const exit = await child.exited;
    expect(exit.code, child.stderr()).toBe(0);
    expect(child.lines.at(-1)).toMatch(new RegExp(`^Imported ${CASES * DAYS} rows for ${CASES} case\\(s\\)`));
    const after = await seriesState();
    // The earlier 30 days of January 2000 fall inside the file's range: replaced, not added.
    expect(Number(after.days)).toBe(CASES * DAYS);
    expect(Number(after.imports) - Number(before.imports)).toBe(CASES);
    expect(Number(after.audits) - Number(before.audits)).toBe(CASES);
    expect(await leftovers()).toEqual({ advisory: "0", prepared: "0", idle_in_tx: "0", temp_tables: "0" });
  });
});
