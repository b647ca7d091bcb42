// The connection pool exhausted (DATABASE_POOL_SIZE connections all busy with slow queries) and a
// runaway statement. Requests queue for a connection; past DATABASE_POOL_TIMEOUT_MS they fail with
// a clear 503 (or the action's "unavailable"), never hang; DATABASE_STATEMENT_TIMEOUT_MS cancels
// the runaway statement on the server; and the pool serves again afterwards.
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { parseServerEnv } from "@/lib/env-schema";
import { closeFaultCase, openFaultCase, type FaultDatabase } from "./support/fault-database";

const POOL_SIZE = 2;
const POOL_TIMEOUT_MS = 1_000;
const STATEMENT_TIMEOUT_MS = 3_000;

const session = vi.hoisted(() => ({ id: "" }));
vi.mock("@/lib/auth/viewer", async () => {
  const { resolveSession } = await import("@/lib/auth/sessions");
  return { getViewer: () => resolveSession(session.id) };
});

let db: FaultDatabase;
let regulator: Viewer;
let incidentId: string;

beforeAll(async () => {
  let incident: { id: string };
  ({ db, regulator, incident } = await openFaultCase("pool", { poolSize: POOL_SIZE, poolTimeoutMs: POOL_TIMEOUT_MS, statementTimeoutMs: STATEMENT_TIMEOUT_MS }, session));
  incidentId = incident.id;
});

afterAll(() => closeFaultCase(db));

async function listCases() {
  const { GET } = await import("@/app/api/cases/route");
  const started = performance.now();
  const response = await GET(new NextRequest("http://localhost/api/cases?limit=5"));
  return { response, body: (await response.json()) as Record<string, unknown>, ms: performance.now() - started };
}

async function createFinding(title: string) {
  const { authedAction } = await import("@/lib/actions/authed-action");
  const { findingActions } = await import("@/lib/findings/mutations");
  const started = performance.now();
  const result = await authedAction(findingActions.create)({ incidentId, title, body: "Pool test.", severity: "low", legalArticles: "", evidenceRefs: "" });
  return { result, ms: performance.now() - started };
}

/** Occupies every pooled connection with a statement that runs for `seconds`; resolves once all are running on the server. */
async function holdEveryConnection(seconds: number) {
  const { prisma } = await import("@/lib/db/prisma");
  const state = { settled: false };
  const held = Promise.allSettled(Array.from({ length: POOL_SIZE }, () => prisma.$queryRawUnsafe(`SELECT pg_sleep(${seconds})::text`).then(() => undefined))).then(() => {
    state.settled = true;
  });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const [row] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'casefile' AND query LIKE 'SELECT pg_sleep%' AND state = 'active'`);
    if (Number(row!.n) === POOL_SIZE) break;
  }
  return { held, state };
}

describe("connection pool exhausted", () => {
  it("queues requests beyond the pool size and serves them all when connections free up in time", async () => {
    const answers = await Promise.all(Array.from({ length: POOL_SIZE * 4 }, () => listCases()));
    expect(answers.map((a) => a.response.status)).toEqual(Array(POOL_SIZE * 4).fill(200));
  });

  it("fails a request that waited DATABASE_POOL_TIMEOUT_MS with a clear 503, before any connection came back", async () => {
    const { held, state } = await holdEveryConnection(3);
    const { response, body, ms } = await listCases();
    const releasedFirst = state.settled;
    await held;
    console.info(`[faults] pool of ${POOL_SIZE} held: GET /api/cases answered ${response.status} after ${Math.round(ms)} ms (pool timeout ${POOL_TIMEOUT_MS} ms)`);
    expect(releasedFirst).toBe(false);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(body).toEqual({ error: "unavailable", reason: "timeout", message: "The database took too long to answer. Nothing was changed; try again in a moment." });
    // It queued for the pool timeout rather than failing at once.
    expect(ms).toBeGreaterThanOrEqual(POOL_TIMEOUT_MS - 50);
  });

  it("answers a server action with \"unavailable\" and writes nothing", async () => {
    const { held, state } = await holdEveryConnection(3);
    const { result, ms } = await createFinding("Written while the pool was exhausted");
    const releasedFirst = state.settled;
    await held;
    console.info(`[faults] pool of ${POOL_SIZE} held: createFinding answered ${JSON.stringify(result)} after ${Math.round(ms)} ms`);
    expect(releasedFirst).toBe(false);
    expect(result).toMatchObject({ ok: false, error: "unavailable", message: expect.stringMatching(/Nothing was changed; try again/) });
    expect(await db.query(`SELECT id FROM findings WHERE title = 'Written while the pool was exhausted'`)).toEqual([]);
  });

  it("fails a transaction that cannot get a connection within the pool timeout, and writes nothing", async () => {
    const { executeAction } = await import("@/lib/actions/execute-action");
    const { findingActions } = await import("@/lib/findings/mutations");
    const { held, state } = await holdEveryConnection(3);
    const started = performance.now();
    // The viewer is already resolved here, so the wait is the transaction's own ($transaction maxWait).
    const result = await executeAction(regulator, findingActions.create, { incidentId, title: "Transaction without a connection", body: "Pool test.", severity: "low", legalArticles: "", evidenceRefs: "" });
    const ms = performance.now() - started;
    const releasedFirst = state.settled;
    await held;
    console.info(`[faults] pool of ${POOL_SIZE} held: the transaction answered ${result.ok ? "ok" : result.error} after ${Math.round(ms)} ms`);
    expect(releasedFirst).toBe(false);
    expect(result).toMatchObject({ ok: false, error: "unavailable" });
    expect(ms).toBeGreaterThanOrEqual(POOL_TIMEOUT_MS - 50);
    expect(await db.query(`SELECT id FROM findings WHERE title = 'Transaction without a connection'`)).toEqual([]);
  });

  it("serves again once the connections are back", async () => {
    expect((await listCases()).response.status).toBe(200);
    const { result } = await createFinding("Written after the pool recovered");
    expect(result.ok).toBe(true);
  });
});

describe("runaway statement", () => {
  it("is cancelled on the server after DATABASE_STATEMENT_TIMEOUT_MS and answered with a 503", async () => {
    // Another session holds a lock the request needs, as a long migration or a stuck admin session would.
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE");
      const { response, body, ms } = await listCases();
      const [waiting] = await db.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'casefile' AND wait_event_type = 'Lock'`);
      console.info(`[faults] statement blocked on a lock: ${response.status} after ${Math.round(ms)} ms (statement timeout ${STATEMENT_TIMEOUT_MS} ms)`);
      expect(response.status).toBe(503);
      expect(body).toMatchObject({ error: "unavailable", reason: "timeout" });
      expect(ms).toBeGreaterThanOrEqual(STATEMENT_TIMEOUT_MS - 50);
      // Cancelled on the server, not merely abandoned by the client.
      expect(waiting!.n).toBe("0");
    } finally {
      await blocker.query("ROLLBACK");
      await blocker.end();
    }
    expect((await listCases()).response.status).toBe(200);
  });

  it("a slow query through the app's client is cancelled too", async () => {
    const { prisma } = await import("@/lib/db/prisma");
    const { databaseFailure } = await import("@/lib/db/database-failure");
    const error = await prisma.$queryRawUnsafe(`SELECT pg_sleep(60)::text`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(databaseFailure(error)?.kind).toBe("timeout");
    expect(await db.query(`SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%' AND state = 'active'`)).toEqual([]);
  });
});

describe("the defaults", () => {
  it("bound every wait: pool 10, 5 s for a connection, 15 s per statement", () => {
    const defaults = parseServerEnv({ DATABASE_URL: "postgresql://u:p@localhost:5432/casefile", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(defaults).toMatchObject({ DATABASE_POOL_SIZE: 10, DATABASE_POOL_TIMEOUT_MS: 5_000, DATABASE_STATEMENT_TIMEOUT_MS: 15_000 });
  });
});
