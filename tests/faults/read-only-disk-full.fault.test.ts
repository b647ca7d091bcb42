// A full disk (the audit trail's and the daily series' tablespace on a tiny tmpfs, then filled) and
// a read-only database (default_transaction_read_only, as during maintenance or on a standby):
// every write is refused with a clear error, nothing is half-written (a finding without its audit
// row, part of an import), reads go on where they can, and writes work again once the condition is
// lifted.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startChild } from "./support/child";
import { closeFaultCase, openFaultCase, type FaultDatabase } from "./support/fault-database";

const session = vi.hoisted(() => ({ id: "" }));
vi.mock("@/lib/auth/viewer", async () => {
  const { resolveSession } = await import("@/lib/auth/sessions");
  return { getViewer: () => resolveSession(session.id) };
});

let db: FaultDatabase;
let incident: { id: string; slug: string };
let csvFile: string;

beforeAll(async () => {
  ({ db, incident } = await openFaultCase("rodisk", { poolSize: 4, poolTimeoutMs: 5_000, statementTimeoutMs: 15_000 }, session));
  const { writeFileSync } = await import("node:fs");
  const start = Date.UTC(1995, 0, 1);
  csvFile = `${db.dataDir}/series.csv`;
  writeFileSync(csvFile, `day,records\n${Array.from({ length: 9_000 }, (_, d) => `${new Date(start + d * 86_400_000).toISOString().slice(0, 10)},${d + 1}`).join("\n")}\n`);
});

afterAll(() => closeFaultCase(db));

async function createFinding(title: string) {
  const { authedAction } = await import("@/lib/actions/authed-action");
  const { findingActions } = await import("@/lib/findings/mutations");
  return authedAction(findingActions.create)({ incidentId: incident.id, title, body: "Fault test.", severity: "low", legalArticles: "", evidenceRefs: "" });
}

async function exportCase() {
  const { GET } = await import("@/app/api/cases/[slug]/export/route");
  const response = await GET(new NextRequest(`http://localhost/api/cases/${incident.slug}/export?format=json`), { params: Promise.resolve({ slug: incident.slug }) });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as Record<string, unknown> };
}

async function listCases() {
  const { GET } = await import("@/app/api/cases/route");
  return (await GET(new NextRequest("http://localhost/api/cases?limit=5"))).status;
}

async function importSeries() {
  const child = startChild("scripts/import-series.ts", ["--case", incident.slug, csvFile], { DATABASE_URL: db.url });
  const exit = await child.exited;
  return { code: exit.code, stdout: child.lines.join("\n"), stderr: child.stderr() };
}

/** Everything the attempted writes could have touched. */
async function footprint() {
  const [row] = await db.query<{ findings: string; audits: string; days: string; imports: string }>(
    `SELECT (SELECT count(*) FROM findings) AS findings, (SELECT count(*) FROM audit_events) AS audits,
            (SELECT count(*) FROM daily_record_counts) AS days, (SELECT count(*) FROM series_imports) AS imports`,
  );
  return row!;
}

/** The app's pooled connections pick up session defaults when they connect; make them reconnect. */
async function reconnectApp() {
  await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'casefile' AND pid <> pg_backend_pid()`);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (await db.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'casefile'`)).length > 0) await new Promise((r) => setTimeout(r, 50));
  // The pool drops a terminated idle connection when it notices; one read settles it.
  await listCases();
}

// tmpfs needs root (CI runs as root); elsewhere these tests are skipped and say why.
const canMount = process.getuid?.() === 0 && spawnSync("sh", ["-c", "command -v mount"]).status === 0;

describe.skipIf(!canMount)("disk full", () => {
  let tiny: string;
  let filler: string;
  let before: Awaited<ReturnType<typeof footprint>>;

  beforeAll(async () => {
    tiny = `${db.dataDir}-tiny`;
    mkdirSync(tiny, { recursive: true });
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", tiny], { encoding: "utf8" });
    if (mounted.status !== 0) throw new Error(`Could not mount a tmpfs for the disk-full test: ${mounted.stderr}`);
    const space = `${tiny}/pg`;
    mkdirSync(space);
    spawnSync("chown", ["postgres:postgres", space]);
    // The audit trail and the daily series live on the tiny disk; everything else (findings, WAL) does not.
    await db.query(`CREATE TABLESPACE tiny LOCATION '${space}'`);
    await db.query(`ALTER TABLE audit_events SET TABLESPACE tiny`);
    await db.query(`ALTER TABLE daily_record_counts SET TABLESPACE tiny`);
    // Empty tables (this runs first in a fresh database), so the next insert must grow a file on the tiny disk.
    const [sizes] = await db.query<{ audit: string; days: string }>(`SELECT pg_relation_size('audit_events') AS audit, pg_relation_size('daily_record_counts') AS days`);
    expect(sizes).toEqual({ audit: "0", days: "0" });
    // Fill what is left.
    filler = `${tiny}/filler`;
    const fd = openSync(filler, "w");
    const block = Buffer.alloc(64 * 1024);
    try {
      for (;;) writeSync(fd, block);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
    } finally {
      closeSync(fd);
    }
    before = await footprint();
  });

  afterAll(async () => {
    if (!tiny) return;
    await db.query(`ALTER TABLE audit_events SET TABLESPACE pg_default`).catch(() => undefined);
    await db.query(`ALTER TABLE daily_record_counts SET TABLESPACE pg_default`).catch(() => undefined);
    await db.query(`DROP TABLESPACE IF EXISTS tiny`).catch(() => undefined);
    spawnSync("umount", [tiny]);
    rmSync(tiny, { recursive: true, force: true });
  });

  it("refuses a server action's write and leaves no finding without its audit row", async () => {
    const result = await createFinding("Written on a full disk");
    expect(result).toEqual({ ok: false, error: "unavailable", message: "The database server is out of disk space. Nothing was changed; tell the administrator." });
    // The finding's own table had room: the failed audit insert took it back with it.
    expect(await db.query(`SELECT id FROM findings WHERE title = 'Written on a full disk'`)).toEqual([]);
  });

  it("answers a route that writes with 503 and names the cause", async () => {
    expect(await exportCase()).toEqual({ status: 503, retryAfter: "300", body: { error: "unavailable", reason: "disk_full", message: expect.stringMatching(/out of disk space/) } });
  });

  it("refuses an import with one clear line and writes none of it", async () => {
    const { code, stderr } = await importSeries();
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Nothing was imported\. The database server is out of disk space\. .*could not extend file/m);
    expect(await footprint()).toEqual(before);
  });

  it("writes again once there is space", async () => {
    rmSync(filler);
    expect((await createFinding("Written after space was freed")).ok).toBe(true);
    const { code, stdout } = await importSeries();
    expect(code).toBe(0);
    expect(stdout).toMatch(/Imported 9000 rows/);
  });
});

describe("read-only database", () => {
  let before: Awaited<ReturnType<typeof footprint>>;
  beforeAll(async () => {
    before = await footprint();
    await db.query(`ALTER DATABASE casefile SET default_transaction_read_only = on`);
    await reconnectApp();
  });

  it("refuses a server action's write with a clear message and writes nothing", async () => {
    const result = await createFinding("Written while read-only");
    expect(result).toEqual({ ok: false, error: "unavailable", message: "The database is read-only right now (maintenance). Nothing was changed; try again later." });
  });

  it("answers a route that writes (the audited export) with 503 and Retry-After", async () => {
    const answer = await exportCase();
    expect(answer).toEqual({ status: 503, retryAfter: "60", body: { error: "unavailable", reason: "read_only", message: expect.stringMatching(/read-only/) } });
  });

  it("still serves reads", async () => {
    expect(await listCases()).toBe(200);
  });

  it("refuses an import with one clear line and writes none of it", async () => {
    const { code, stderr } = await importSeries();
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Nothing was imported\. The database is read-only right now \(maintenance\)\. .*cannot execute .* in a read-only transaction/m);
    expect(await footprint()).toEqual(before);
  });

  it("writes again once read-only is lifted", async () => {
    await db.query(`ALTER DATABASE casefile SET default_transaction_read_only = off`);
    await reconnectApp();
    expect((await createFinding("Written after read-only")).ok).toBe(true);
  });
});
