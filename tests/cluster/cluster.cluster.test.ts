// `npm run test:cluster`: the recommended deployment on loopback (scripts/cluster/cluster.ts):
// HAProxy from Debian with deploy/haproxy/haproxy.cfg.template, two production instances, the
// worker, an embedded primary and a streaming replica made with pg_basebackup. Issue 18's checks
// and faults, in one cluster, in order. Describe titles say which part of issue 18 a check needs
// besides this one (notify18: invalidation across instances; replica18: replica routing).
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/bench/lib/app-server";
import { actionIds, callAction } from "@/bench/load/server-action";
import { createPrismaClient, type PrismaClient } from "@/lib/db/create-client";
import { defaultSelection } from "@/lib/publishing/build-snapshot";
import { startCluster, type Cluster } from "@/scripts/cluster/cluster";
import { checkWrites, startTraffic, type TrafficReport } from "./support/traffic";

const BASE_PORT = Number(process.env.CLUSTER_PORT ?? 3460);
const TAKEDOWN_BOUND_MS = 1_000;
const dir = path.join(tmpdir(), `deploy18-cluster-${BASE_PORT}`);

let cluster: Cluster;
let db: PrismaClient;
let ids: Record<"proposePublicationAction" | "approvePublicationAction" | "unpublishCaseAction" | "createFindingAction", string>;
const cookies: Record<string, string> = {};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const status = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers, redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
};

/** Every place a reader can ask: each instance directly, and the load balancer (and its cache). */
const everywhere = (pathname: string) => [...cluster.instances.map((i) => `${i.url}${pathname}`), `${cluster.lbUrl}${pathname}`];

/**
 * Milliseconds from `since` until the first round of requests, all sent at once, that every place
 * answered with `expected` — measured when that round was SENT: how long the change took to reach
 * every instance and the load balancer, not how long a busy machine then took to render the
 * answer. Infinity after `limitMs`; the message says what each place answered last.
 */
async function msUntilEverywhere(pathname: string, expected: number, since: number, limitMs = 10_000): Promise<{ ms: number; last: string }> {
  for (;;) {
    const urls = everywhere(pathname);
    const sent = Date.now();
    const statuses = await Promise.all(urls.map((url) => status(url)));
    const last = urls.map((url, i) => `${new URL(url).port} → ${statuses[i]}`).join(", ");
    if (statuses.every((s) => s === expected)) return { ms: sent - since, last };
    if (Date.now() - since > limitMs) return { ms: Infinity, last };
    await sleep(50);
  }
}

async function expectEverywhereWithin(pathname: string, expected: number, since: number, boundMs: number): Promise<void> {
  const { ms, last } = await msUntilEverywhere(pathname, expected, since, Math.max(boundMs, 10_000));
  expect(ms, `${pathname} should answer ${expected} everywhere within ${boundMs} ms; last seen: ${last}`).toBeLessThanOrEqual(boundMs);
}

async function caseBySlug(slug: string) {
  return db.incident.findUniqueOrThrow({ where: { slug }, select: { id: true, slug: true } });
}

async function publish(instanceUrl: string, incidentId: string, slug: string): Promise<void> {
  const page = `/en/workspace/cases/${slug}/publish`;
  const selection = await defaultSelection(db, incidentId);
  // A case published before needs a note saying what changed (lib/publishing/mutations.ts).
  const released = await db.publicationVersion.count({ where: { incidentId, status: { in: ["published", "unpublished"] } } });
  const correctionNote = released > 0 ? "Published again by the cluster test." : undefined;
  const proposed = await callAction({ baseUrl: instanceUrl, pagePath: page, actionId: ids.proposePublicationAction, cookie: cookies.regulator!, input: { incidentId, selection, correctionNote } });
  expect(proposed.payload?.ok, proposed.body.slice(0, 300)).toBe(true);
  const version = await db.publicationVersion.findFirstOrThrow({ where: { incidentId, status: "proposed" } });
  const approved = await callAction({ baseUrl: instanceUrl, pagePath: page, actionId: ids.approvePublicationAction, cookie: cookies.regulator2!, input: { versionId: version.id } });
  expect(approved.payload?.ok, approved.body.slice(0, 300)).toBe(true);
}

async function takeDown(instanceUrl: string, incidentId: string, slug: string): Promise<void> {
  const answer = await callAction({ baseUrl: instanceUrl, pagePath: `/en/workspace/cases/${slug}/publish`, actionId: ids.unpublishCaseAction, cookie: cookies.regulator!, input: { incidentId, reason: "Taken down by the cluster test." } });
  expect(answer.payload?.ok, answer.body.slice(0, 300)).toBe(true);
}

beforeAll(async () => {
  cluster = await startCluster({ basePort: BASE_PORT, dir, onInfo: (line) => console.log(`[cluster] ${line}`) });
  db = createPrismaClient({ url: cluster.primaryUrl });
  ids = actionIds(["proposePublicationAction", "approvePublicationAction", "unpublishCaseAction", "createFindingAction"]);
  for (const [name, email] of [["regulator", "regulator@casefile.demo"], ["regulator2", "regulator2@casefile.demo"]] as const) {
    const password = cluster.credentials.find((c) => c.email === email)!.password;
    cookies[name] = await signIn(cluster.lbUrl, email, password);
  }
}, 1_200_000);

afterAll(async () => {
  await db?.$disconnect();
  await cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("across instances (needs notify18: NOTIFY/LISTEN invalidation)", () => {
  it("a publication made on instance A shows on instance B and through the load balancer", async () => {
    const target = await db.incident.findFirstOrThrow({ where: { deletedAt: null, publications: { none: { status: "published" } } }, select: { id: true, slug: true } });
    // B has answered 404 for it (and may keep that answer in its page cache).
    expect(await status(`${cluster.instances[1]!.url}/en/cases/${target.slug}`)).toBe(404);
    await publish(cluster.instances[0]!.url, target.id, target.slug);
    await expectEverywhereWithin(`/en/cases/${target.slug}`, 200, Date.now(), TAKEDOWN_BOUND_MS);
  });

  it("a takedown on instance A disappears from every instance and the load balancer's cache within 1 s", async () => {
    const target = await caseBySlug("kakao-pay-alipay-2024");
    const pathname = `/en/cases/${target.slug}`;
    // Everyone has it cached: each instance's page cache, and the load balancer's.
    for (const url of everywhere(pathname)) expect(await status(url)).toBe(200);
    await takeDown(cluster.instances[0]!.url, target.id, target.slug);
    const since = Date.now();
    await expectEverywhereWithin(pathname, 404, since, TAKEDOWN_BOUND_MS);
    await publish(cluster.instances[0]!.url, target.id, target.slug);
    await expectEverywhereWithin(pathname, 200, Date.now(), 60_000);
  });
});

describe("the replica lag rule (needs replica18 and notify18)", () => {
  it("while the replica's replay is paused, a takedown is served by no instance", async () => {
    const replica = cluster.replica!;
    const target = await db.incident.findFirstOrThrow({ where: { deletedAt: null, slug: { not: "kakao-pay-alipay-2024" }, publications: { some: { status: "published" } } }, select: { id: true, slug: true } });
    const pathname = `/en/cases/${target.slug}`;
    for (const url of everywhere(pathname)) expect(await status(url)).toBe(200);
    await replica.pauseReplay();
    try {
      await takeDown(cluster.instances[0]!.url, target.id, target.slug);
      const since = Date.now();
      await expectEverywhereWithin(pathname, 404, since, TAKEDOWN_BOUND_MS);
      // And it stays gone while the replica still holds the old version (after the caches' lives).
      await sleep(2_000);
      for (const url of everywhere(pathname)) expect(await status(url)).toBe(404);
    } finally {
      await replica.resumeReplay();
    }
  });
});

describe("faults this part checks alone", () => {
  const expectNothingLost = async (report: TrafficReport) => {
    expect(report.reads).toBeGreaterThan(0);
    expect(report.acknowledged.length).toBeGreaterThan(0);
    expect(report.readFailures).toEqual([]);
    expect(await checkWrites(cluster.primaryUrl, report)).toEqual([]);
  };
  const traffic = async () => {
    const target = await caseBySlug("kakao-pay-alipay-2024");
    return startTraffic({ lbUrl: cluster.lbUrl, cookie: cookies.regulator!, caseSlug: target.slug, incidentId: target.id, createFindingActionId: ids.createFindingAction });
  };

  it("killing instance A under load loses no GET (retried on B) and no acknowledged write", async () => {
    const load = await traffic();
    let report: TrafficReport;
    try {
      await sleep(2_000);
      await cluster.instances[0]!.kill();
      await sleep(4_000);
      report = await load.stop();
    } finally {
      await cluster.instances[0]!.start();
    }
    console.log(`[cluster] kill: ${report.reads} reads (${report.cutMidAnswer.length} cut mid-answer: ${report.cutMidAnswer.join("; ")}), ${report.writesSent} writes (${report.acknowledged.length} acknowledged); HAProxy: ${await cluster.haproxy.retries()}`);
    await expectNothingLost(report);
  });

  it("reloading the load balancer under load loses nothing", async () => {
    const load = await traffic();
    await sleep(1_500);
    cluster.haproxy.reload();
    await sleep(2_000);
    cluster.haproxy.reload();
    await sleep(2_000);
    const report = await load.stop();
    console.log(`[cluster] reload: ${report.reads} reads, ${report.writesSent} writes (${report.acknowledged.length} acknowledged); HAProxy: ${await cluster.haproxy.retries()}`);
    await expectNothingLost(report);
  });

  it("while the primary restarts, requests fail with 503 and Retry-After; then everything serves again", async () => {
    const cookie = { Cookie: cookies.regulator! };
    await cluster.stopPrimary();
    try {
      let answer: Response | undefined;
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(200)) {
        answer = await fetch(`${cluster.lbUrl}/api/cases`, { headers: cookie });
        await answer.arrayBuffer();
        if (answer.status === 503) break;
      }
      expect(answer?.status).toBe(503);
      expect(Number(answer?.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await cluster.startPrimary();
    }
    let recovered = 0;
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && recovered !== 200; await sleep(250)) recovered = await status(`${cluster.lbUrl}/api/cases`, cookie);
    expect(recovered).toBe(200);
    for (const instance of cluster.instances) expect(await status(`${instance.url}/api/cases`, cookie)).toBe(200);
  });
});
