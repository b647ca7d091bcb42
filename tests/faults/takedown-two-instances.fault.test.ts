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

/** What the public sees of the case at one address: the page and the JSON by status, the feed and the tracker by content. */
const ADDRESSES = {
  page: async (instance: Instance) => (await get(instance, `/en/cases/${incident.slug}`).then(async (r) => (await r.body?.cancel(), r.status))) === 200,
  json: async (instance: Instance) => (await get(instance, `/cases/${incident.slug}.json`).then(async (r) => (await r.body?.cancel(), r.status))) === 200,
  feed: async (instance: Instance) => (await get(instance, "/en/feed.xml").then((r) => r.text())).includes(incident.slug),
  tracker: async (instance: Instance) => (await get(instance, "/en/sanctions").then((r) => r.text())).includes(SUBJECT),
};
type Address = keyof typeof ADDRESSES;
const addressNames = Object.keys(ADDRESSES) as Address[];

/** Whether the case shows at each address of one instance. */
async function publicView(instance: Instance): Promise<Record<Address, boolean>> {
  const seen = await Promise.all(addressNames.map((name) => ADDRESSES[name](instance)));
  return Object.fromEntries(addressNames.map((name, i) => [name, seen[i]])) as Record<Address, boolean>;
}
const everywhere = (shown: boolean) => Object.fromEntries(addressNames.map((name) => [name, shown])) as Record<Address, boolean>;

/**
 * Polls every address of every instance on its own (a slow render at one does not hold up the
 * others) until it shows `shown`. Per instance and address: when the first request that showed it
 * was sent, and when its answer came, in ms from `since`. The send time bounds when the instance
 * began answering so; the answer time adds that request's own render on this busy machine.
 */
async function untilEverywhere(shown: boolean, since: number): Promise<{ sent: Record<string, number>; answered: Record<string, number> }> {
  const pairs = instances.flatMap((instance) => addressNames.map((name) => ({ instance, name })));
  const times = await Promise.all(
    pairs.map(async ({ instance, name }) => {
      let last: boolean | undefined;
      while (performance.now() - since < POLL_LIMIT_MS) {
        const sent = performance.now() - since;
        last = await ADDRESSES[name](instance);
        if (last === shown) return { sent, answered: performance.now() - since };
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`Instance ${instance.name}'s ${name} still showed ${last} after ${POLL_LIMIT_MS} ms (wanted ${shown}).\n${instance.output().slice(-2000)}`);
    }),
  );
  const table = (pick: (t: { sent: number; answered: number }) => number) => Object.fromEntries(pairs.map(({ instance, name }, i) => [`${instance.name} ${name}`, Math.round(pick(times[i]!))]));
  return { sent: table((t) => t.sent), answered: table((t) => t.answered) };
}

describe("two production instances on one database", () => {
  it("/healthz answers 200 ok on each, uncached, without a cookie or a locale redirect", async () => {
    for (const instance of instances) {
      const response = await get(instance, "/healthz");
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: "ok" });
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("set-cookie")).toBeNull();
      // Other methods are refused, not failed.
      const posted = await fetch(`${instance.url}/healthz`, { method: "POST", redirect: "manual", signal: AbortSignal.timeout(10_000) });
      expect(posted.status).toBe(405);
    }
  });

  it("a publication made elsewhere shows on both, though each had cached the case's 404", async () => {
    const { executeAction } = await import("@/lib/actions/execute-action");
    const { publishingActions } = await import("@/lib/publishing/mutations");
    const { defaultSelection } = await import("@/lib/publishing/build-snapshot");
    const { prisma } = await import("@/lib/db/prisma");
    // Each instance renders (and caches) the unknown case's 404 page, and caches the public lists.
    for (const instance of instances) expect(await publicView(instance)).toEqual(everywhere(false));
    expect(await executeAction(proposer, publishingActions.propose, { incidentId: incident.id, selection: await defaultSelection(prisma, incident.id) })).toMatchObject({ ok: true });
    const { id: versionId } = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id } });
    expect(await executeAction(approver, publishingActions.approve, { versionId })).toMatchObject({ ok: true });
    const times = await untilEverywhere(true, performance.now());
    console.info(`[faults] Publication visible on both instances (ms): ${JSON.stringify(times)}`);
  });

  it(`a takedown made elsewhere: both instances answer 404 for the page and the JSON, and drop it from the feed and the tracker, within ${TAKEDOWN_TARGET_MS} ms`, async () => {
    const { executeAction } = await import("@/lib/actions/execute-action");
    const { publishingActions } = await import("@/lib/publishing/mutations");
    // Warm every cache on both: the case page, the JSON, the feed and the tracker are all cached now.
    for (let round = 0; round < 2; round++) for (const instance of instances) expect(await publicView(instance)).toEqual(everywhere(true));
    expect(await executeAction(approver, publishingActions.unpublish, { incidentId: incident.id, reason: "Ordered by the court." })).toMatchObject({ ok: true });
    const answeredAt = performance.now();
    const times = await untilEverywhere(false, answeredAt);
    console.info(`[faults] Takedown gone from both instances (ms): ${JSON.stringify(times)}`);
    // Every instance answered "gone" to a request sent within the target of the takedown's answer.
    expect(Math.max(...Object.values(times.sent))).toBeLessThan(TAKEDOWN_TARGET_MS);
    // And it stays gone: no render that began before the takedown put the case back.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    for (const instance of instances) expect(await publicView(instance)).toEqual(everywhere(false));
  });

  it("with both LISTEN connections killed just before a takedown: each reconnects, treats it as everything changed, and the case is gone", async () => {
    const { executeAction } = await import("@/lib/actions/execute-action");
    const { publishingActions } = await import("@/lib/publishing/mutations");
    const { defaultSelection } = await import("@/lib/publishing/build-snapshot");
    const { prisma } = await import("@/lib/db/prisma");
    const selection = await defaultSelection(prisma, incident.id);
    expect(await executeAction(proposer, publishingActions.propose, { incidentId: incident.id, selection, correctionNote: "Published again." })).toMatchObject({ ok: true });
    const { id: versionId } = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id, status: "proposed" } });
    expect(await executeAction(approver, publishingActions.approve, { versionId })).toMatchObject({ ok: true });
    await untilEverywhere(true, performance.now());
    const killed = await db.query<{ ok: boolean }>("SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'casefile public-change listener'");
    expect(killed).toEqual([{ ok: true }, { ok: true }]);
    expect(await executeAction(approver, publishingActions.unpublish, { incidentId: incident.id, reason: "Taken down while nobody listened." })).toMatchObject({ ok: true });
    const times = await untilEverywhere(false, performance.now());
    console.info(`[faults] Takedown during a LISTEN outage gone from both instances (ms): ${JSON.stringify(times)}`);
    for (const instance of instances) {
      expect(instance.output()).toContain("Public-change listener lost its connection");
      expect(instance.output()).toContain("Public-change listener reconnected");
    }
  });

  it("neither instance logged an uncaught error", () => {
    processErrors.end();
    expect(processErrors.found).toEqual([]);
  });
});
