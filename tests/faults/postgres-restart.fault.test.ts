// PostgreSQL stopped (fast, then immediate = a crash) and restarted on the same port while reads
// and writes stream through the app's own code: route handlers (GET /api/cases) and the server
// action wrapper (authedAction → createFinding) on the app's pooled Prisma client (lib/db/prisma.ts).
// In flight and during the outage every request fails cleanly (503 + Retry-After + JSON, or the
// action's "unavailable" result), none hangs, the same process serves again once PostgreSQL is
// back, and every acknowledged write is there with its audit row.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeFaultCase, openFaultCase, type FaultDatabase } from "./support/fault-database";

const POOL_TIMEOUT_MS = 2_000;
const STATEMENT_TIMEOUT_MS = 5_000;
/** Nothing may take longer than waiting for a connection plus one statement, with slack for a loaded machine. */
const HANG_BOUND_MS = POOL_TIMEOUT_MS + STATEMENT_TIMEOUT_MS + 5_000;

// The session cookie is the one thing a test cannot carry into a route handler; the viewer is
// still resolved from its session row in the database, as on every real request.
const session = vi.hoisted(() => ({ id: "" }));
vi.mock("@/lib/auth/viewer", async () => {
  const { resolveSession } = await import("@/lib/auth/sessions");
  return { getViewer: () => resolveSession(session.id) };
});

type Phase = "before" | "down" | "restarting" | "after";
interface Outcome {
  kind: "write" | "read";
  phase: Phase;
  ok: boolean;
  ms: number;
  /** For a failure: what the caller saw. */
  answer?: { status?: number; retryAfter?: string | null; error?: string; message?: string; thrown?: string };
  findingId?: string;
  title?: string;
}

let db: FaultDatabase;
let incidentId: string;

beforeAll(async () => {
  let incident: { id: string };
  ({ db, incident } = await openFaultCase("restart", { poolSize: 5, poolTimeoutMs: POOL_TIMEOUT_MS, statementTimeoutMs: STATEMENT_TIMEOUT_MS }, session));
  incidentId = incident.id;
});

afterAll(() => closeFaultCase(db));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, limitMs: number) {
  const deadline = Date.now() + limitMs;
  while (!check() && Date.now() < deadline) await sleep(50);
}

/** Reads and writes from a few concurrent "users" until told to stop. */
async function traffic(phase: () => Phase, outcomes: Outcome[], stop: () => boolean) {
  const { authedAction } = await import("@/lib/actions/authed-action");
  const { findingActions } = await import("@/lib/findings/mutations");
  const { GET: listCases } = await import("@/app/api/cases/route");
  const createFinding = authedAction(findingActions.create);
  let n = 0;
  const write = async () => {
    const title = `Fault write ${++n} ${Date.now()}`;
    const started = { phase: phase(), at: performance.now() };
    try {
      const result = await createFinding({ incidentId, title, body: "Written during a PostgreSQL restart.", severity: "low", legalArticles: "", evidenceRefs: "" });
      const ms = performance.now() - started.at;
      outcomes.push(
        result.ok
          ? { kind: "write", phase: started.phase, ok: true, ms, findingId: result.data.id, title }
          : { kind: "write", phase: started.phase, ok: false, ms, title, answer: { error: result.error, message: result.message } },
      );
    } catch (error) {
      outcomes.push({ kind: "write", phase: started.phase, ok: false, ms: performance.now() - started.at, title, answer: { thrown: String(error) } });
    }
  };
  const read = async () => {
    const started = { phase: phase(), at: performance.now() };
    try {
      const response = await listCases(new NextRequest("http://localhost/api/cases?limit=5"));
      const ms = performance.now() - started.at;
      if (response.ok) {
        await response.json();
        outcomes.push({ kind: "read", phase: started.phase, ok: true, ms });
      } else {
        const body = (await response.json()) as { error?: string; message?: string };
        outcomes.push({ kind: "read", phase: started.phase, ok: false, ms, answer: { status: response.status, retryAfter: response.headers.get("retry-after"), error: body.error, message: body.message } });
      }
    } catch (error) {
      outcomes.push({ kind: "read", phase: started.phase, ok: false, ms: performance.now() - started.at, answer: { thrown: String(error) } });
    }
  };
  const user = async (index: number) => {
    for (let i = index; !stop(); i++) {
      await (i % 2 === 0 ? write() : read());
      await sleep(10);
    }
  };
  await Promise.all([0, 1, 2, 3].map(user));
}

describe.each(["fast", "immediate"] as const)("PostgreSQL stopped (%s) and restarted during traffic", (mode) => {
  const outcomes: Outcome[] = [];
  let phase: Phase = "before";
  let clientBefore: unknown;
  let clientAfter: unknown;
  const count = (filter: (o: Outcome) => boolean) => outcomes.filter(filter).length;

  beforeAll(async () => {
    // Each 503 logs one line; hundreds of them would bury the test output.
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { prisma } = await import("@/lib/db/prisma");
    await prisma.user.count();
    clientBefore = (globalThis as { casefilePrisma?: unknown }).casefilePrisma;
    let stopped = false;
    const running = traffic(() => phase, outcomes, () => stopped);
    try {
      await until(() => count((o) => o.kind === "write" && o.ok) >= 10, 60_000);
      phase = "down";
      await db.stop(mode);
      await until(() => count((o) => o.phase === "down" && !o.ok && o.kind === "write") >= 5 && count((o) => o.phase === "down" && !o.ok && o.kind === "read") >= 5, 30_000);
      phase = "restarting";
      await db.restart();
      phase = "after";
      await until(() => count((o) => o.phase === "after" && o.ok && o.kind === "write") >= 10 && count((o) => o.phase === "after" && o.ok && o.kind === "read") >= 10, 60_000);
    } finally {
      stopped = true;
      await running;
    }
    clientAfter = (globalThis as { casefilePrisma?: unknown }).casefilePrisma;
    const summary = (p: Phase) => {
      const of = outcomes.filter((o) => o.phase === p);
      return `${p}: ${of.filter((o) => o.ok).length} ok, ${of.filter((o) => !o.ok).length} failed, slowest ${Math.round(Math.max(0, ...of.map((o) => o.ms)))} ms`;
    };
    const warned = warnings.mock.calls.length;
    warnings.mockRestore();
    console.info(`[faults] stop -m ${mode}: ${(["before", "down", "restarting", "after"] as const).map(summary).join("; ")}; ${warned} warnings logged`);
  });

  it("fails requests during the outage, each with a clear retryable answer and nothing else", () => {
    const failures = outcomes.filter((o) => !o.ok);
    expect(count((o) => o.phase === "down" && !o.ok && o.kind === "write")).toBeGreaterThanOrEqual(5);
    expect(count((o) => o.phase === "down" && !o.ok && o.kind === "read")).toBeGreaterThanOrEqual(5);
    for (const failure of failures) {
      if (failure.kind === "read") {
        expect(failure.answer).toMatchObject({ status: 503, retryAfter: expect.stringMatching(/^\d+$/), error: "unavailable", message: expect.stringMatching(/try again/) });
      } else {
        expect(failure.answer).toMatchObject({ error: "unavailable", message: expect.stringMatching(/Nothing was changed; try again/) });
      }
    }
  });

  it("never hangs: every request settles within the pool and statement timeouts", () => {
    const slowest = Math.max(...outcomes.map((o) => o.ms));
    expect(slowest).toBeLessThan(HANG_BOUND_MS);
  });

  it("serves again from the same process and the same client once PostgreSQL is back", () => {
    expect(count((o) => o.phase === "after" && o.ok && o.kind === "write")).toBeGreaterThanOrEqual(10);
    expect(count((o) => o.phase === "after" && o.ok && o.kind === "read")).toBeGreaterThanOrEqual(10);
    expect(clientAfter).toBe(clientBefore);
  });

  it("keeps every acknowledged write, each with its audit row, and writes nothing without one", async () => {
    const acknowledged = outcomes.filter((o) => o.kind === "write" && o.ok);
    const stored = await db.query<{ id: string; title: string; version: number; audited: boolean }>(
      `SELECT f.id, f.title, f.version, EXISTS (SELECT 1 FROM audit_events a WHERE a."entityId" = f.id AND a.action = 'finding.created') AS audited
       FROM findings f WHERE f."incidentId" = $1`,
      [incidentId],
    );
    const byId = new Map(stored.map((row) => [row.id, row]));
    for (const write of acknowledged) expect(byId.get(write.findingId!)?.title).toBe(write.title);
    expect(stored.filter((row) => !row.audited)).toEqual([]);
    expect(stored.filter((row) => row.version !== 1)).toEqual([]);
    // A write whose answer was lost with its connection may or may not have committed; nothing more.
    // (Both runs write to the same case, so only this run's titles are counted.)
    const attempted = new Set(outcomes.filter((o) => o.kind === "write").map((o) => o.title));
    expect(stored.filter((row) => attempted.has(row.title)).length).toBeLessThanOrEqual(attempted.size);
  });
});
