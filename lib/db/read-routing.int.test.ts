// The read replica's rule against a real streaming replica (pg_basebackup of an embedded primary,
// scripts/db/streaming-replica.ts): which server answered is asked of the server itself
// (pg_is_in_recovery() through the very client the app chose), or shown by the paused replica's
// old data. The cluster test (npm run test:cluster) covers several instances; this file the rule.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/db/embedded-postgres";
import { migrateDeploy } from "@/scripts/db/migrate";
import { startStreamingReplica, type StreamingReplica } from "@/scripts/db/streaming-replica";
import type { PrismaClient } from "./create-client";
import { createReadRouter, type ReadRouter } from "./replica-router";

// The app's modules keep their clients on globalThis, which test files share within a worker
// process: this file points them at its own primary and replica, and puts the others back after.
type Globals = { casefilePrisma?: PrismaClient; casefileReadRouting?: { router: ReadRouter; replica: PrismaClient | null }; casefilePublicReads?: unknown };
const globals = globalThis as unknown as Globals;
const saved = { ...globals, databaseUrl: process.env.DATABASE_URL };

let dir: string;
let primary: EmbeddedServer;
let replica: StreamingReplica;
let app: typeof import("./read-routing");
let published: typeof import("@/lib/publishing/get-published-case");
let forgetPublicReads: () => void;

/** Which server answered this client: the replica is in recovery, the primary is not. */
async function answeredBy(client: PrismaClient): Promise<"replica" | "primary"> {
  const [row] = await client.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
  return row!.standby ? "replica" : "primary";
}

/** Pauses replay and waits until it has really stopped (pausing is only requested at first). */
async function pauseReplay(): Promise<void> {
  await replica.pauseReplay();
  const client = new pg.Client({ connectionString: replica.url });
  await client.connect();
  try {
    await eventually(async () => (await client.query<{ state: string }>("SELECT pg_get_wal_replay_pause_state() AS state")).rows[0]?.state === "paused", "replay paused");
  } finally {
    await client.end();
  }
}

async function eventually(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  // Replay and the probe are asynchronous: poll instead of sleeping a guessed time.
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached within 60 s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "casefile-read-routing-"));
  primary = await startEmbeddedPostgres({ dataDir: path.join(dir, "primary"), database: "casefile" });
  migrateDeploy(primary.url, { recoverFailed: false });
  replica = await startStreamingReplica({ primaryUrl: primary.url, clusterDir: path.join(dir, "replica", "postgres"), port: await freePort() });
  delete globals.casefilePrisma;
  delete globals.casefileReadRouting;
  delete globals.casefilePublicReads;
  process.env.DATABASE_URL = primary.url;
  process.env.DATABASE_REPLICA_URL = replica.url;
  // A bound no test here reaches: when public reads leave the replica below, only the takedown's
  // barrier can be why (the bound has its own test, with its own router).
  process.env.DATABASE_REPLICA_MAX_LAG_MS = "600000";
  app = await import("./read-routing");
  published = await import("@/lib/publishing/get-published-case");
  ({ forgetPublicReads } = await import("@/lib/publishing/public-read-cache"));
}, 240_000);

afterAll(async () => {
  await globals.casefileReadRouting?.router.stop();
  await globals.casefileReadRouting?.replica?.$disconnect();
  await globals.casefilePrisma?.$disconnect();
  Object.assign(globals, { casefilePrisma: saved.casefilePrisma, casefileReadRouting: saved.casefileReadRouting, casefilePublicReads: saved.casefilePublicReads });
  process.env.DATABASE_URL = saved.databaseUrl;
  delete process.env.DATABASE_REPLICA_URL;
  delete process.env.DATABASE_REPLICA_MAX_LAG_MS;
  await replica?.stop();
  await primary?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** Publishes a new case the way officers do: proposed by one regulator, approved by another. */
async function publishNewCase() {
  const [{ executeAction }, { makeCase, makeViewer }, { defaultSelection }, { publishingActions }, { prisma }] = await Promise.all([
    import("@/lib/actions/execute-action"),
    import("@/tests/support/factories"),
    import("@/lib/publishing/build-snapshot"),
    import("@/lib/publishing/mutations"),
    import("./prisma"),
  ]);
  const [regulator, approver] = await Promise.all([makeViewer("regulator"), makeViewer("regulator")]);
  const incident = await makeCase({ assignTo: [] });
  expect((await executeAction(regulator, publishingActions.propose, { incidentId: incident.id, selection: await defaultSelection(prisma, incident.id) })).ok).toBe(true);
  const pending = await prisma.publicationVersion.findFirstOrThrow({ where: { incidentId: incident.id, status: "proposed" } });
  expect((await executeAction(approver, publishingActions.approve, { versionId: pending.id })).ok).toBe(true);
  const takeDown = async () => expect((await executeAction(regulator, publishingActions.unpublish, { incidentId: incident.id, reason: "Published too early." })).ok).toBe(true);
  return { slug: incident.slug, takeDown };
}

/** What the invalidation listener does on a notification (lib/cluster): the barrier, then the caches. */
async function asTheListenerWould() {
  app.requireReplicaAt(await app.primaryWalLsn());
  forgetPublicReads();
}

describe("public reads with a read replica", () => {
  it("come from the replica once it has replayed a publication; a takedown's barrier sends them to the primary while the replica is paused; the replica again once it has replayed", async () => {
    const { slug, takeDown } = await publishNewCase();
    await asTheListenerWould();
    await eventually(async () => (await answeredBy(app.readClient())) === "replica" && (await published.getPublishedCase(slug)) !== null, "the replica serves the publication");
    forgetPublicReads();
    expect(await published.getPublishedCase(slug)).not.toBeNull();

    await pauseReplay();
    await takeDown();
    // The paused replica still holds the case as published: this is the danger the barrier is for.
    const onReplica = new pg.Client({ connectionString: replica.url });
    await onReplica.connect();
    try {
      const { rows } = await onReplica.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM publication_versions v JOIN incidents i ON i.id = v.\"incidentId\" WHERE i.slug = $1 AND v.status = 'published'",
        [slug],
      );
      expect(rows[0]!.n).toBe(1);
    } finally {
      await onReplica.end();
    }
    // The takedown raised the barrier in this process before it cleared the cache (and the
    // listener raises it on every instance): the very next read goes to the primary.
    expect(await answeredBy(app.readClient())).toBe("primary");
    expect(await published.getPublishedCase(slug)).toBeNull();
    await asTheListenerWould();
    expect(await answeredBy(app.readClient())).toBe("primary");
    expect(await published.getPublishedCase(slug)).toBeNull();
    expect(await published.getPublishedVersion(slug, 1)).toBeNull();
    expect((await published.listPublishedCases()).map((c) => c.slug)).not.toContain(slug);

    await replica.resumeReplay();
    await eventually(async () => (await answeredBy(app.readClient())) === "replica", "the replica has replayed the takedown");
    forgetPublicReads();
    expect(await published.getPublishedCase(slug)).toBeNull();
  });

  it("lets a reader who just wrote use the replica only once it has replayed that write", async () => {
    await eventually(async () => (await answeredBy(app.readClient())) === "replica", "the replica is in use");
    await pauseReplay();
    // A workspace write (a publication would raise the public barrier for every reader).
    const { makeCase } = await import("@/tests/support/factories");
    const { slug } = await makeCase({ assignTo: [] });
    const written = (await import("./read-decision")).parseLsn(await app.primaryWalLsn())!;
    // Someone else may read the slightly older replica; the writer may not.
    expect(await answeredBy(app.readClient())).toBe("replica");
    expect(await app.readClient().incident.findUnique({ where: { slug } })).toBeNull();
    expect(await answeredBy(app.readClient(written))).toBe("primary");
    expect(await app.readClient(written).incident.findUnique({ where: { slug } })).not.toBeNull();
    await replica.resumeReplay();
    await eventually(async () => (await answeredBy(app.readClient(written))) === "replica", "the replica has replayed the write");
    expect(await app.readClient(written).incident.findUnique({ where: { slug } })).not.toBeNull();
  });
});

describe("the lag bound", () => {
  it("sends reads to the primary while the replica replays more than the bound behind, and back once it catches up", async () => {
    const router = createReadRouter({ primaryUrl: primary.url, replicaUrl: replica.url, maxLagMs: 300, log: { warn: () => undefined } });
    try {
      await eventually(() => router.decide().target === "replica", "the replica is in use");
      await pauseReplay();
      await publishNewCase();
      // No barrier was set on this router: only the lag can make it leave the replica.
      await eventually(() => router.decide().reason === "lagging", "the lag passes the bound");
      expect(router.decide()).toEqual({ target: "primary", reason: "lagging" });
      await replica.resumeReplay();
      await eventually(() => router.decide().target === "replica", "the replica catches up");
    } finally {
      await router.stop();
    }
  });
});

describe("a replica that stops", () => {
  it("sends reads to the primary with one warning per outage, retries a read caught mid-way on the primary, and uses the replica again once it is back", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const replicaLines = () => warn.mock.calls.map((call) => String(call[0])).filter((line) => line.includes("read replica"));
    try {
      await eventually(async () => (await answeredBy(app.readClient())) === "replica", "the replica is in use");
      const onReplica = app.readClient();
      await replica.stop();

      // A read that was handed the replica's client just before it went away still gets its answer.
      expect(await answeredBy(onReplica)).toBe("primary");
      expect(await onReplica.incident.count()).toBeGreaterThan(0);
      expect(await answeredBy(app.readClient())).toBe("primary");
      for (let i = 0; i < 5; i++) await globals.casefileReadRouting!.router.probed();
      expect(await answeredBy(app.readClient())).toBe("primary");
      expect(replicaLines()).toEqual([expect.stringMatching(/read replica is not answering .*reads go to the primary/)]);

      await replica.start();
      await eventually(async () => (await answeredBy(app.readClient())) === "replica", "the replica is used again");
      expect(replicaLines()).toEqual([expect.stringMatching(/not answering/), expect.stringMatching(/answers again/)]);
    } finally {
      warn.mockRestore();
    }
  });
});
