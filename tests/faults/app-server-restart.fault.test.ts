// The production server itself (scripts/start.ts → scripts/serve.ts, as `npm start` runs it with
// DATABASE_URL set) while its PostgreSQL is stopped and restarted on the same port: over HTTP,
// reads (GET /api/cases) and writes (POST …/series/import, the upload route) fail with 503 +
// Retry-After + JSON (or the import's "unavailable" result) during the outage, nothing hangs, the
// same server process serves again afterwards, and every acknowledged import is stored with its
// audit row. Builds the app first when the build is stale, as `npm start` does.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/bench/lib/app-server";
import { processErrorCollector } from "@/tests/support/server-process-errors";
import { startFaultDatabase, configureAppDatabase, type FaultDatabase } from "./support/fault-database";

const root = path.resolve(import.meta.dirname, "../..");
const POOL_TIMEOUT_MS = 2_000;
const STATEMENT_TIMEOUT_MS = 5_000;
const HANG_BOUND_MS = POOL_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 5_000;
const PASSWORD = "fault-test-password-0123456789";

let db: FaultDatabase;
let app: ChildProcess;
let baseUrl: string;
let cookie: string;
let slug: string;
// Next only logs (to stderr) an uncaught exception or unhandled rejection; the last test fails on any.
const processErrors = processErrorCollector();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

beforeAll(async () => {
  db = await startFaultDatabase("app");
  configureAppDatabase(db, { poolSize: 5, poolTimeoutMs: POOL_TIMEOUT_MS, statementTimeoutMs: STATEMENT_TIMEOUT_MS });
  const { makeCase, makeUser } = await import("@/tests/support/factories");
  const user = await makeUser("regulator", { password: PASSWORD });
  slug = (await makeCase({ assignTo: [user.id] })).slug;
  const { prisma } = await import("@/lib/db/prisma");
  await prisma.$disconnect();

  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  app.stderr!.on("data", (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    processErrors.add(chunk.toString());
  });
  await new Promise<void>((resolve, reject) => {
    app.stdout!.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (output.includes("is ready at")) resolve();
    });
    app.once("exit", (code) => reject(new Error(`The app exited (code ${code}) before it was ready:\n${output.slice(-3000)}`)));
  });
  cookie = await signIn(baseUrl, user.email, PASSWORD);
}, 900_000);

afterAll(async () => {
  if (app && app.exitCode === null) {
    await new Promise<void>((resolve) => {
      app.once("exit", () => resolve());
      app.kill("SIGTERM");
    });
  }
  await db?.dispose();
});

type Phase = "before" | "down" | "restarting" | "after";
interface Outcome {
  kind: "read" | "write";
  phase: Phase;
  ok: boolean;
  ms: number;
  status?: number;
  retryAfter?: string | null;
  error?: string;
  message?: string;
  importId?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, limitMs: number) {
  const deadline = Date.now() + limitMs;
  while (!check() && Date.now() < deadline) await sleep(50);
}

async function request(kind: "read" | "write", n: number, phase: Phase): Promise<Outcome> {
  const started = performance.now();
  const signal = AbortSignal.timeout(HANG_BOUND_MS * 2);
  try {
    const response =
      kind === "read"
        ? await fetch(`${baseUrl}/api/cases?limit=5`, { headers: { Cookie: cookie }, signal })
        : await fetch(`${baseUrl}/api/cases/${slug}/series/import?provenance=reported&fileName=fault-${n}.csv`, {
            method: "POST",
            headers: { Cookie: cookie, "Content-Type": "text/csv" },
            body: `day,records\n2020-01-${String((n % 28) + 1).padStart(2, "0")},${n}\n`,
            signal,
          });
    const text = await response.text();
    const ms = performance.now() - started;
    if (!response.ok) {
      const body = JSON.parse(text) as { error?: string; message?: string };
      return { kind, phase, ok: false, ms, status: response.status, retryAfter: response.headers.get("retry-after"), error: body.error, message: body.message };
    }
    if (kind === "read") return { kind, phase, ok: true, ms, status: response.status };
    // The import answers 200 with NDJSON; its last line is the result.
    const result = JSON.parse(text.trim().split("\n").at(-1)!) as { ok: boolean; reason?: string; message?: string; cases?: { importId: string }[] };
    return result.ok
      ? { kind, phase, ok: true, ms, status: 200, importId: result.cases![0]!.importId }
      : { kind, phase, ok: false, ms, status: 200, error: result.reason, message: result.message };
  } catch (error) {
    return { kind, phase, ok: false, ms: performance.now() - started, error: `thrown: ${String(error)}` };
  }
}

describe("the production server while PostgreSQL is stopped and restarted", () => {
  const outcomes: Outcome[] = [];
  const count = (filter: (o: Outcome) => boolean) => outcomes.filter(filter).length;

  beforeAll(async () => {
    let phase: Phase = "before";
    let stopped = false;
    let n = 0;
    const user = async (index: number) => {
      for (let i = index; !stopped; i++) {
        outcomes.push(await request(i % 2 === 0 ? "write" : "read", ++n, phase));
        await sleep(20);
      }
    };
    const running = Promise.all([0, 1, 2].map(user));
    try {
      await until(() => count((o) => o.ok && o.kind === "write") >= 5 && count((o) => o.ok && o.kind === "read") >= 5, 60_000);
      phase = "down";
      await db.stop("fast");
      await until(() => count((o) => o.phase === "down" && !o.ok && o.kind === "write") >= 3 && count((o) => o.phase === "down" && !o.ok && o.kind === "read") >= 3, 30_000);
      phase = "restarting";
      await db.restart();
      phase = "after";
      await until(() => count((o) => o.phase === "after" && o.ok && o.kind === "write") >= 5 && count((o) => o.phase === "after" && o.ok && o.kind === "read") >= 5, 60_000);
    } finally {
      stopped = true;
      await running;
    }
    const summary = (p: Phase) => {
      const of = outcomes.filter((o) => o.phase === p);
      return `${p}: ${of.filter((o) => o.ok).length} ok, ${of.filter((o) => !o.ok).length} failed, slowest ${Math.round(Math.max(0, ...of.map((o) => o.ms)))} ms`;
    };
    const answers = new Map<string, number>();
    for (const o of outcomes.filter((x) => !x.ok)) answers.set(`${o.kind} ${o.status ?? "-"} ${o.error}`, (answers.get(`${o.kind} ${o.status ?? "-"} ${o.error}`) ?? 0) + 1);
    console.info(`[faults] next start, PostgreSQL stop -m fast: ${(["before", "down", "restarting", "after"] as const).map(summary).join("; ")}; failures: ${[...answers].map(([k, v]) => `${k} ×${v}`).join(", ")}`);
  }, 180_000);

  it("answers during the outage with 503 + Retry-After + JSON, or the import's \"unavailable\" result, and nothing else", () => {
    expect(count((o) => o.phase === "down" && !o.ok && o.kind === "read")).toBeGreaterThanOrEqual(3);
    expect(count((o) => o.phase === "down" && !o.ok && o.kind === "write")).toBeGreaterThanOrEqual(3);
    for (const failure of outcomes.filter((o) => !o.ok)) {
      if (failure.status === 503) expect(failure).toMatchObject({ retryAfter: expect.stringMatching(/^\d+$/), error: "unavailable", message: expect.stringMatching(/try again/) });
      else expect(failure).toMatchObject({ kind: "write", status: 200, error: "unavailable", message: expect.stringMatching(/try again/) });
    }
  });

  it("never hangs", () => {
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(HANG_BOUND_MS);
  });

  it("serves again from the same server process", () => {
    expect(count((o) => o.phase === "after" && o.ok && o.kind === "read")).toBeGreaterThanOrEqual(5);
    expect(count((o) => o.phase === "after" && o.ok && o.kind === "write")).toBeGreaterThanOrEqual(5);
    expect(app.exitCode).toBeNull();
  });

  it("stores every acknowledged import with its audit row", async () => {
    const acknowledged = outcomes.filter((o) => o.kind === "write" && o.ok).map((o) => o.importId!);
    const stored = await db.query<{ id: string; audited: boolean }>(
      `SELECT s.id, EXISTS (SELECT 1 FROM audit_events a WHERE a."entityId" = s.id AND a.action = 'series.imported') AS audited FROM series_imports s`,
    );
    const ids = new Set(stored.map((s) => s.id));
    expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    expect(stored.filter((s) => !s.audited)).toEqual([]);
  });

  it("logs no uncaught exception or unhandled rejection, outage or not", () => {
    expect(processErrors.found).toEqual([]);
  });
});
