// Two production instances of the same build (scripts/start.ts → scripts/serve.ts, as `npm start`
// runs them with DATABASE_URL set) on one PostgreSQL: a change published or taken down elsewhere
// reaches each instance through the public-change notification (lib/cluster/), not through its
// own request. Publishing and the takedown are driven from this test process (the publishing
// definitions, as the integration tests drive them), so NEITHER instance handled them: each one
// must learn of them from the database. Target (issue 18): a taken-down case answers 404 on every
// instance within 1 s of the takedown's answer. Ports: E2E_PORT (3440) and the next one.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/permissions";
import { processErrorCollector } from "@/tests/support/server-process-errors";
import { startFaultDatabase, configureAppDatabase, type FaultDatabase } from "./support/fault-database";

const root = path.resolve(import.meta.dirname, "../..");
const BASE_PORT = Number(process.env.E2E_PORT ?? 3440);
const TAKEDOWN_TARGET_MS = 1_000;
// A slow machine fails with a message, not a hang.
const POLL_LIMIT_MS = 30_000;

type Instance = { name: string; url: string; process: ChildProcess; output: () => string };
let db: FaultDatabase;
const instances: Instance[] = [];
const processErrors = processErrorCollector();
let proposer: Viewer;
let approver: Viewer;
let incident: { id: string; slug: string };
const SUBJECT = `Two-instance subject ${Date.now().toString(36)}`;

async function startInstance(name: string, port: number): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stderr!.on("data", (chunk: Buffer) => {
    keep(chunk);
    processErrors.add(chunk.toString());
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      keep(chunk);
      if (output.includes("is ready at")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`Instance ${name} exited (code ${code}) before it was ready:\n${output.slice(-3000)}`)));
  });
  return { name, url, process: child, output: () => output };
}

beforeAll(async () => {
  db = await startFaultDatabase("notify18-two");
  configureAppDatabase(db, { poolSize: 5, poolTimeoutMs: 5_000, statementTimeoutMs: 15_000 });
  const { makeCase, makeViewer } = await import("@/tests/support/factories");
  const { prisma } = await import("@/lib/db/prisma");
  [proposer, approver] = await Promise.all([makeViewer("regulator"), makeViewer("regulator")]);
  incident = await makeCase();
  await prisma.sanction.create({ data: { incidentId: incident.id, type: "fine", subjectName: SUBJECT, amountMinor: 1_000_000n, status: "decided", decisionDate: new Date("2024-05-01") } });
  // One after the other: the first builds the app when the build is stale, as `npm start` does.
  instances.push(await startInstance("A", BASE_PORT));
  instances.push(await startInstance("B", BASE_PORT + 1));
}, 1_500_000);

afterAll(async () => {
  for (const instance of instances) {
    if (instance.process.exitCode !== null) continue;
    await new Promise<void>((resolve) => {
      instance.process.once("exit", () => resolve());
      instance.process.kill("SIGTERM");
    });
  }
  const { prisma } = await import("@/lib/db/prisma");
  await prisma.$disconnect();
  await db?.dispose();
}, 60_000);

const get = (instance: Instance, pathname: string) => fetch(`${instance.url}${pathname}`, { redirect: "manual", signal: AbortSignal.timeout(10_000) });

/** What the public sees of the case on one instance: the page, the JSON, the feed, the sanctions tracker. */
async function publicView(instance: Instance) {
  const [page, json, feed, tracker] = await Promise.all([
    get(instance, `/en/cases/${incident.slug}`),
    get(instance, `/cases/${incident.slug}.json`),
    get(instance, "/en/feed.xml").then((r) => r.text()),
    get(instance, "/en/sanctions").then((r) => r.text()),
  ]);
  await Promise.all([page.body?.cancel(), json.body?.cancel()]);
  return { page: page.status, json: json.status, inFeed: feed.includes(incident.slug), inTracker: tracker.includes(SUBJECT) };
}
const HIDDEN = { page: 404, json: 404, inFeed: false, inTracker: false };
const SHOWN = { page: 200, json: 200, inFeed: true, inTracker: true };

/** Polls until every instance shows `expected`; the milliseconds from `since` until the last one did. */
async function untilEveryInstanceShows(expected: typeof HIDDEN, since: number): Promise<number> {
  let last: unknown;
  while (performance.now() - since < POLL_LIMIT_MS) {
    const views = await Promise.all(instances.map(publicView));
    if (views.every((view) => JSON.stringify(view) === JSON.stringify(expected))) return performance.now() - since;
    last = views;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Not every instance showed ${JSON.stringify(expected)} within ${POLL_LIMIT_MS} ms; last seen: ${JSON.stringify(last)}\n${instances.map((i) => `--- ${i.name}\n${i.output().slice(-2000)}`).join("\n")}`);
}

describe("two production instances on one database", () => {
  it("/healthz answers 200 ok on each, uncached, without a cookie or a locale redirect", async () => {
    for (const instance of instances) {
      const response = await get(instance, "/healthz");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("set-cookie")).toBeNull();
    }
  });

  it("a publication made elsewhere shows on both, though each had cached the case's 404", async () => {
    const { executeAction } = await import("@/lib/actions/execute-action");
    const { publishingActions } = await import("@/lib/publishing/mutations");
    const { defaultSelection } = await import("@/lib/publishing/build-snapshot");
    const { prisma } = await import("@/lib/db/prisma");
    // Each instance renders (and caches) the unknown case's 404 page, and caches the public lists.
    for (const instance of instances) expect(await publicView(instance)).toEqual(HIDDEN);
    expect(await executeAction(proposer, publishingActions.propose, { incidentId: incident.id, selection: await defaultSelection(prisma, incident.id) })).toMatchObject({ ok: true });
    const { id: versionId } = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect(await executeAction(approver, publishingActions.approve, { versionId })).toMatchObject({ ok: true });
    const elapsed = await untilEveryInstanceShows(SHOWN, performance.now());
    console.info(`[faults] Publication visible on both instances after ${elapsed.toFixed(0)} ms`);
  });

  it(`a takedown made elsewhere: both instances answer 404 for the page and the JSON, and drop it from the feed and the tracker, within ${TAKEDOWN_TARGET_MS} ms`, async () => {
    const { executeAction } = await import("@/lib/actions/execute-action");
    const { publishingActions } = await import("@/lib/publishing/mutations");
    // Warm every cache on both: the case page, the JSON, the feed and the tracker are all cached now.
    for (let round = 0; round < 2; round++) for (const instance of instances) expect(await publicView(instance)).toEqual(SHOWN);
    expect(await executeAction(approver, publishingActions.unpublish, { incidentId: incident.id, reason: "Ordered by the court." })).toMatchObject({ ok: true });
    const answeredAt = performance.now();
    const elapsed = await untilEveryInstanceShows(HIDDEN, answeredAt);
    console.info(`[faults] Takedown gone from both instances after ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(TAKEDOWN_TARGET_MS);
  });

  it("neither instance logged an uncaught error", () => {
    processErrors.end();
    expect(processErrors.found).toEqual([]);
  });
});
