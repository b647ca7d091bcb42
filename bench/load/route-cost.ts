// What one signed-in request of each kind in the load test costs an app instance, measured one
// request at a time (no queueing, no other load): the instance's CPU time per request (from
// /proc, see cpu-accounting.ts), its latency alone, and the bytes it answers. The mixed load
// (run.ts) says how the instances behave together; this says where their CPU goes.
//
//   npm run bench:route-cost [-- --requests 40 --results route-cost]
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { signIn, startApp } from "../lib/app-server";
import { writeResults } from "../lib/results";
import { summarize } from "../lib/stats";
import { startCpuAccounting } from "./cpu-accounting";
import { actionIds, callAction } from "./server-action";
import { LOAD_PASSWORD, setUpCast } from "./setup";

const { values } = parseArgs({ options: { requests: { type: "string", default: "40" }, results: { type: "string", default: "route-cost" } } });
const REQUESTS = Number(values.requests);
const PORT = 3490;

// A fresh installation each time: the pages' cost grows with what earlier runs wrote.
const DATA_DIR = ".data/bench-route-cost";
rmSync(DATA_DIR, { recursive: true, force: true });
const app = await startApp({ dataDir: DATA_DIR, port: PORT });
try {
  const state = readEmbeddedState(app.dataDir);
  if (!state?.port) throw new Error("The embedded server is not running");
  const databaseUrl = embeddedUrl(state);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { users, cases } = await setUpCast(db, databaseUrl, 2);
  const regulator = users.find((u) => u.role === "regulator")!;
  const cookie = await signIn(app.baseUrl, regulator.email, LOAD_PASSWORD);
  // Read and edited on one case; new findings go to another, so the pages measured stay the same size.
  const target = cases.find((c) => c.slug === "load-case-1")!;
  const other = cases.find((c) => c.slug === "load-case-2")!;
  const finding = (await db.query<{ id: string; version: number }>(`SELECT id, version FROM findings WHERE id = 'loadfinding1'`)).rows[0]!;
  const estimateVersion = async () => (await db.query<{ n: number }>(`SELECT max(revision)::int AS n FROM estimate_revisions WHERE "estimateId" = 'loadestimate1'`)).rows[0]!.n;
  const ids = actionIds(["createFindingAction", "updateFindingAction", "reviseEstimateAction"] as const);
  const casePath = `/en/workspace/cases/${target.slug}`;

  const get = (url: string) => async () => {
    const response = await fetch(`${app.baseUrl}${url}`, { headers: { Cookie: cookie } });
    const bytes = (await response.arrayBuffer()).byteLength;
    if (!response.ok) throw new Error(`GET ${url} → ${response.status}`);
    return bytes;
  };
  const action = (name: keyof typeof ids, pagePath: string, input: () => Promise<unknown> | unknown) => async () => {
    const answer = await callAction({ baseUrl: app.baseUrl, pagePath, actionId: ids[name], cookie, input: await input() });
    if (!answer.payload?.ok) throw new Error(`${name} → ${answer.status}: ${answer.body.slice(0, 300)}`);
    if (name === "updateFindingAction") finding.version = Number(answer.payload.data?.version);
    return Buffer.byteLength(answer.body);
  };
  let n = 0;
  const kinds: [string, () => Promise<number>][] = [
    ["GET /api/cases?q=consent", get("/api/cases?q=consent")],
    ["GET /[locale]/workspace/cases/[slug]", get(casePath)],
    ["GET /[locale]/workspace/cases/[slug]/findings", get(`${casePath}/findings`)],
    ["GET /api/cases/[slug]/series", get(`/api/cases/${target.slug}/series`)],
    ["action createFindingAction", action("createFindingAction", `/en/workspace/cases/${other.slug}/findings`, () => ({ incidentId: other.id, title: `Route cost ${Date.now()} ${n++}`, body: "Written by bench/load/route-cost.ts.", severity: "low", legalArticles: "Art. 17", evidenceRefs: "" }))],
    ["action updateFindingAction", action("updateFindingAction", `${casePath}/findings`, () => ({ findingId: finding.id, version: finding.version, title: "Seeded finding for the load test", body: `Edited by bench/load/route-cost.ts ${n++}`, severity: "medium", legalArticles: "Art. 17", evidenceRefs: "" }))],
    ["action reviseEstimateAction", action("reviseEstimateAction", `${casePath}/estimates`, async () => ({ estimateId: "loadestimate1", version: await estimateVersion(), asOf: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), unsplit: String(1000 + n++), provenance: "estimated", note: "Revised by bench/load/route-cost.ts." }))],
  ];

  const routes: Record<string, { cpuMsPerRequest: number; latencyMsMedian: number; bytes: number }> = {};
  for (const [name, run] of kinds) {
    for (let i = 0; i < 5; i++) await run(); // warm: first renders, pool connections
    const latencies: number[] = [];
    let bytes = 0;
    const stop = startCpuAccounting();
    for (let i = 0; i < REQUESTS; i++) {
      const started = performance.now();
      bytes = await run();
      latencies.push(performance.now() - started);
    }
    const cpu = stop();
    const appSeconds = cpu?.groups.find((g) => g.group.startsWith("app"))?.seconds ?? NaN;
    routes[name] = { cpuMsPerRequest: Math.round((appSeconds * 1000) / REQUESTS), latencyMsMedian: summarize(latencies).median, bytes };
    console.log(`[route-cost] ${name}: ${JSON.stringify(routes[name])}`);
  }
  await db.end();
  writeResults(values.results, { date: new Date().toISOString(), machine: `2 cores; Node ${process.versions.node}`, requestsPerKind: REQUESTS, routes });
} finally {
  await app.stop();
}
