// npm run bench:load [-- --duration 60 --users 50 --readers 200 --think-ms 0 --results load-comparison --break-check]
// (`--readers 0`: the signed-in users alone; `--think-ms N`: each user pauses a random time
// averaging N ms between requests, where the default sends the next request at once)
// BENCH_LOAD_TARGET=both (default) | single | deployment
//
// Issue 8's mixed load test, loopback only, bounded in time: `--users` signed-in users (30 %
// regulators, the rest case officers assigned to two cases each) read case lists, case pages and
// series, edit findings, revise estimates and attempt workflow steps, while `--readers`
// anonymous readers (a second process, autocannon) read the public pages and open data. Then the
// nothing-lost check runs in SQL. `--break-check` deletes one acknowledged finding before
// checking, to show that the check notices. Exits 1 if a check fails.
//
// Issue 18: the same load, in one command, against
//   single      one instance as `npm start` runs it, no load balancer (embedded PostgreSQL);
//   deployment  the recommended deployment (scripts/cluster/cluster.ts): HAProxy, two instances,
//               the worker, a primary and a streaming replica;
// and through the deployment, the public case page against a static file served by the same
// load balancer (autocannon, one after the other). Results: bench/results/<results>.json.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { embeddedUrl, readEmbeddedState } from "@/scripts/db/embedded-runtime";
import { startCluster } from "@/scripts/cluster/cluster";
import { startApp } from "../lib/app-server";
import { writeResults } from "../lib/results";
import { runLoad, type LoadOptions } from "./one-target";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    users: { type: "string", default: "50" },
    readers: { type: "string", default: "200" },
    "think-ms": { type: "string", default: "0" },
    results: { type: "string", default: "load-comparison" },
    "break-check": { type: "boolean", default: false },
  },
});
const target = process.env.BENCH_LOAD_TARGET ?? "both";
if (!["both", "single", "deployment"].includes(target)) throw new Error(`BENCH_LOAD_TARGET must be both, single or deployment; got ${target}`);
const SINGLE_PORT = 3470;
const CLUSTER_PORT = 3480;
const REFERENCE_PAGE = "/en/cases/kakao-pay-alipay-2024";
const load = (baseUrl: string, databaseUrl: string): LoadOptions => ({
  baseUrl,
  databaseUrl,
  durationSeconds: Number(values.duration),
  users: Number(values.users),
  readers: Number(values.readers),
  thinkMs: Number(values["think-ms"]),
  breakCheck: values["break-check"],
});

async function single() {
  // As behind one proxy, so each anonymous reader's X-Forwarded-For address is its own (see anonymous-readers.ts).
  process.env.TRUST_PROXY_HOPS = "1";
  const app = await startApp({ dataDir: ".data/bench-load", port: SINGLE_PORT });
  try {
    const state = readEmbeddedState(app.dataDir);
    if (!state?.port) throw new Error("The embedded server is not running");
    return await runLoad(load(app.baseUrl, embeddedUrl(state)));
  } finally {
    await app.stop();
  }
}

async function throughput(url: string) {
  const result = await autocannon({ url, connections: 50, duration: 10, pipelining: 1 });
  return { path: new URL(url).pathname, requestsPerSecond: Math.round(result.requests.average), bytesPerRequest: Math.round(result.throughput.average / Math.max(1, result.requests.average)), latencyMs: { p50: result.latency.p50, p99: result.latency.p99 }, non2xx: result.non2xx, errors: result.errors };
}

async function deployment() {
  const dir = mkdtempSync(path.join(tmpdir(), "deploy18-bench-cluster-"));
  // HAProxy adds the reader's connection address to X-Forwarded-For after the one each reader
  // sends: two trusted hops make each reader its own client, as in the single-instance run.
  const cluster = await startCluster({ basePort: CLUSTER_PORT, dir, env: { TRUST_PROXY_HOPS: "2" }, onInfo: (line) => console.log(`[cluster] ${line}`) });
  try {
    const result = await runLoad(load(cluster.lbUrl, cluster.primaryUrl));
    // The public case page from the load balancer's cache against a static file from the same
    // load balancer (HAProxy's cache of /_next/static/). Both cost HAProxy per byte, so the file is
    // the page's own script closest to the page's size; the page's smallest script is measured too.
    const html = await (await fetch(`${cluster.lbUrl}${REFERENCE_PAGE}`)).text();
    const scripts = [...new Set(html.match(/\/_next\/static\/[^"']+\.js/g) ?? [])];
    if (scripts.length === 0) throw new Error("No static asset found in the page.");
    const sized = await Promise.all(scripts.map(async (src) => ({ src, bytes: (await (await fetch(`${cluster.lbUrl}${src}`)).arrayBuffer()).byteLength })));
    sized.sort((a, b) => Math.abs(a.bytes - html.length) - Math.abs(b.bytes - html.length));
    const page = await throughput(`${cluster.lbUrl}${REFERENCE_PAGE}`);
    const staticFile = await throughput(`${cluster.lbUrl}${sized[0]!.src}`);
    const smallest = sized.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    const smallFile = await throughput(`${cluster.lbUrl}${smallest.src}`);
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    return { ...result, publicPageVsStatic: { page, staticFile, ratio: ratio(page.requestsPerSecond, staticFile.requestsPerSecond), smallFile, ratioToSmallFile: ratio(page.requestsPerSecond, smallFile.requestsPerSecond) } };
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const thousandths = (n: number) => Math.round(n * 1000) / 1000;
const shareOf = (cpu: NonNullable<Awaited<ReturnType<typeof runLoad>>["cpu"]>, prefix: string) => thousandths(cpu.groups.filter((g) => g.group.startsWith(prefix)).reduce((n, g) => n + g.share, 0));

const summary = (r: Awaited<ReturnType<typeof runLoad>>) => ({
  signedInMedianMs: r.signedInLatencyMs.p50,
  signedInP95Ms: r.signedInLatencyMs.p95,
  status5xx: r.totals.status5xx,
  nothingLost: r.nothingLost.ok,
  requestsPerSecond: r.totals.requestsPerSecond,
  /** Share of the machine's CPU the app instances had, and the load generators took. */
  cpuShare: r.cpu && {
    appInstances: shareOf(r.cpu, "app"),
    loadGenerators: shareOf(r.cpu, "load generator"),
    idle: thousandths(r.cpu.idleSeconds / Math.max(r.cpu.availableSeconds, 1e-9)),
  },
});

const results: Record<string, unknown> = { machine: `2 cores, shared with other jobs; Node ${process.versions.node}`, target };
let ok = true;
if (target !== "deployment") {
  const r = await single();
  results.single = r;
  ok &&= r.nothingLost.ok;
}
if (target !== "single") {
  const r = await deployment();
  results.deployment = r;
  ok &&= r.nothingLost.ok;
}
results.summary = Object.fromEntries(["single", "deployment"].filter((k) => results[k]).map((k) => [k, summary(results[k] as Awaited<ReturnType<typeof runLoad>>)]));
if (values["break-check"]) console.log(JSON.stringify(results, null, 2));
else writeResults(values.results, results);
console.log(`[load] ${JSON.stringify(results.summary)}`);
console.log(`[load] nothing-lost check: ${ok ? "passed" : "FAILED"}`);
process.exit(ok ? 0 : 1);
